/**
 * The store API `fields` the storefront asks for, once for both apps: the storefront sends them, and
 * the backend's surface table (backend/src/api/surface/routes.ts) accepts nothing beyond them, so a
 * stranger with a cart id cannot ask for the customer, their address book or payment sessions.
 * Medusa 2.21 drops fields it does not allow without a word (`variants.metadata` came back empty, and
 * a third of the catalog lost its specifications); `*variants` carries the metadata.
 */
const PRODUCT_LIST = "id,title,handle,thumbnail,metadata,created_at,*variants,*variants.calculated_price"

export const STORE_FIELDS = {
  /** Cards on listings: no stock, so Medusa skips its inventory lookup (BENCHMARKS.md, issue 8). */
  productList: PRODUCT_LIST,
  /** A product page adds stock, options and texts. */
  productDetail: `${PRODUCT_LIST},+variants.inventory_quantity,description,material,*options,*options.values,*variants.options,*variants.options.option`,
  categories: "id,name,handle,description,metadata,rank",
  regions: "id,name,currency_code,*countries",
  /** The cart page and checkout. */
  cart: "id,email,region_id,currency_code,total,subtotal,tax_total,shipping_total,item_total,*items,*items.variant,*items.variant.product,*shipping_address,*shipping_methods,metadata,completed_at",
  /** The header's item count. */
  cartCount: "id,items.id,items.quantity,completed_at",
  /** An account's order history. */
  orders:
    "id,display_id,created_at,status,fulfillment_status,payment_status,total,subtotal,item_total,tax_total,shipping_total,currency_code,email,*items,*shipping_address",
  /** What completing a cart answers the shopper who placed the order (a replay answers only the id). */
  placedOrder:
    "id,display_id,email,created_at,currency_code,total,subtotal,tax_total,item_total,shipping_total,*items,*shipping_address,*billing_address,*shipping_methods",
  /** What a cart, order or payment change answers when the caller does not ask for more. */
  id: "id",
  /**
   * A payment collection's sessions as checkout needs them: Stripe's client secret is in `data`, never the session's
   * context.
   */
  paymentSessions: "id,payment_sessions.id,payment_sessions.provider_id,payment_sessions.data",
} as const
