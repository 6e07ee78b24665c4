/** Medusa's order ids, as both apps check them before using one. */
export const ORDER_ID_PATTERN = /^order_[0-9A-Z]{26}$/

/** An invoice or credit note id (Helder's invoicing module). */
export const INVOICE_DOCUMENT_ID_PATTERN = /^invdoc_[0-9A-Z]{26}$/

/** A guest's signed order-link token: order id, expiry (Unix seconds) and an HMAC-SHA256 in hex. */
export const ORDER_LINK_TOKEN_PATTERN = /^(order_[0-9A-Z]{26})\.(\d{10})\.([a-f0-9]{64})$/

/**
 * The signed time of a statement sent through the public withdrawal function: the moment (Unix
 * milliseconds) and an HMAC-SHA256 in hex over the order and that moment.
 */
export const WITHDRAWAL_STATEMENT_TOKEN_PATTERN = /^(\d{13})\.([a-f0-9]{64})$/
