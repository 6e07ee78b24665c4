/** The cookie holding the visitor's choice and consent id (written by the banner script). */
export const CONSENT_COOKIE = "helder_consent"
/** The statistics' random key of the day (httpOnly, set by the storefront). */
export const VISITOR_COOKIE = "helder_visitor"
