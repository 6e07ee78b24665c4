/**
 * What the browser needs of the privacy package, without the map or zod: the banner-text hash, the
 * page template that strips tokens from addresses, and the names of the shop's consent cookies.
 */
export { bannerTextHash, canonicalBannerText } from "./hash"
export { pageTemplate } from "./page-template"
export { CONSENT_COOKIE, scriptCookieName, VISITOR_COOKIE } from "./cookie-names"
