/** The shop's cookies by their base names; `shopCookieName` gives the name a browser holds. */
export const CART_COOKIE = "helder_cart"
export const ORDER_COOKIE = "helder_order"
export const ACCOUNT_COOKIE = "helder_account"
/** The cookie holding the visitor's choice and consent id (written by the banner script). */
export const CONSENT_COOKIE = "helder_consent"
/** The proof that this browser chose under its consent id first (httpOnly, set by the storefront). */
export const CONSENT_PROOF_COOKIE = "helder_consent_proof"
/** The statistics' random key of the day (httpOnly, set by the storefront). */
export const VISITOR_COOKIE = "helder_visitor"

/**
 * The name a shop cookie has in the browser. Served over HTTPS (production), the shop's own cookies
 * carry the __Host- prefix: the browser then accepts them only Secure, for the whole site and from
 * this exact host, so neither a subdomain nor a plain-HTTP page can plant or overwrite them.
 */
export function shopCookieName(name: string, https: boolean): string {
  return https ? `__Host-${name}` : name
}

/**
 * The name of a cookie that the banner script writes (the consent choice). Over HTTPS it carries the
 * __Secure- prefix, because the browser accepts it only when it is Secure. It cannot be __Host-:
 * vanilla-cookieconsent adds a Domain attribute on every host name with a dot, and the browser
 * refuses a __Host- cookie that has one.
 */
export function scriptCookieName(name: string, https: boolean): string {
  return https ? `__Secure-${name}` : name
}
