/** Medusa's order ids, as both apps check them before using one. */
export const ORDER_ID_PATTERN = /^order_[0-9A-Z]{26}$/

/** An invoice or credit note id (Helder's invoicing module). */
export const INVOICE_DOCUMENT_ID_PATTERN = /^invdoc_[0-9A-Z]{26}$/

/** A guest's signed order-link token: order id, expiry (Unix seconds) and an HMAC-SHA256 in hex. */
export const ORDER_LINK_TOKEN_PATTERN = /^(order_[0-9A-Z]{26})\.(\d{10})\.([a-f0-9]{64})$/
