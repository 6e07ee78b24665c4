/**
 * What the browser needs of the privacy package, without the map or zod: the banner-text hash, the
 * page template that strips tokens from addresses, the names of the shop's consent cookies, and the
 * promises each part of the banner makes.
 */
export { bannerTextHash, canonicalBannerText } from "./hash"
export { pageTemplate } from "./page-template"
export { CONSENT_COOKIE, scriptCookieName, VISITOR_COOKIE } from "./cookie-names"
export { BANNER_PROMISES } from "./promises"
