import { pageTemplate } from "@helder/privacy/browser"

/**
 * Third-party tags, loaded only when configured (data map) and only after the visitor chose their
 * category. Google gets Consent Mode v2 with everything denied by default, then updated to the choice.
 */
type Loader = (src: string) => Promise<boolean>
type Tags = { ga4: string | null; metaPixel: string | null }

/** Meta's queue function: calls wait in `queue` until fbevents.js installs `callMethod`. */
type Fbq = ((...args: unknown[]) => void) & {
  queue: unknown[]
  callMethod?: (...args: unknown[]) => void
  loaded: boolean
  version: string
  disablePushState: boolean
}
type GtagWindow = Window & { dataLayer?: unknown[]; fbq?: Fbq; _fbq?: Fbq }

let googleLoaded = false
let metaLoaded = false
/** The choice in force, so a navigation knows whether the pixel may speak on the next page. */
let marketingGranted = false

/**
 * Pages where a shopper types or sees their own details (checkout, account, contact, privacy
 * requests, order pages): the pixel stays silent there even with consent, so no form field can reach
 * Meta, hashed or not.
 */
const PERSONAL_PAGES =
  /^\/(nl|en)\/(checkout|account|contact|privacy|order|order-link|withdrawal-form|newsletter)(\/|$)/
const onPersonalPage = () => PERSONAL_PAGES.test(location.pathname)

// gtag.js only reads Arguments objects from the data layer, as its own snippet pushes them.
function gtag(..._: unknown[]) {
  const w = window as GtagWindow
  w.dataLayer = w.dataLayer ?? []
  // eslint-disable-next-line prefer-rest-params -- the Arguments object itself, see above
  w.dataLayer.push(arguments)
}

// Google gets analytics storage at most: Helder runs no Google ads, so the ad signals stay denied.
function googleConsent(analytics: boolean) {
  return {
    analytics_storage: analytics ? "granted" : "denied",
    ad_storage: "denied",
    ad_user_data: "denied",
    ad_personalization: "denied",
  }
}

/** The address third parties may see: the page template, never an order-link token, query or id. */
function safeLocation(): { location: string; secret: boolean } {
  const template = pageTemplate(location.pathname)
  return { location: `${location.origin}${template}`, secret: template !== location.pathname || location.search !== "" }
}

/** Whether the pixel may speak on the page now shown. */
const pixelAllowedHere = () => marketingGranted && !onPersonalPage() && !safeLocation().secret

/** Meta's documented switch for the pixel: "grant" lets it send events, "revoke" stops every one. */
function metaConsent() {
  if (metaLoaded) (window as GtagWindow).fbq?.("consent", pixelAllowedHere() ? "grant" : "revoke")
}

/**
 * After a navigation inside the app: Google's idea of the page follows, again as a template; the pixel
 * counts the page itself, and only where it may (its own history tracking is off, because it would
 * report a checkout page before the switch above could silence it).
 */
export function followPageInThirdParty() {
  if (googleLoaded) gtag("set", { page_location: safeLocation().location, page_referrer: "" })
  metaConsent()
  if (metaLoaded && pixelAllowedHere()) (window as GtagWindow).fbq?.("track", "PageView")
}

/** Applies a choice: loads what was granted (once) and tells a loaded Google tag about the new state. */
export async function applyThirdPartyChoice(
  tags: Tags,
  granted: { analytics: boolean; marketing: boolean },
  load: Loader,
) {
  if (tags.ga4 && (googleLoaded || granted.analytics)) {
    if (!googleLoaded) {
      gtag("consent", "default", googleConsent(false))
      gtag("js", new Date())
      // 13 months, as the data map declares for _ga; the page as a template, the referrer not at all.
      const { location: page } = safeLocation()
      gtag("config", tags.ga4, { cookie_expires: 395 * 24 * 60 * 60, page_location: page, page_referrer: "" })
    }
    gtag("consent", "update", googleConsent(granted.analytics))
    // Google's opt-out switch: with it set, gtag.js sends nothing at all, not even Consent Mode's cookieless pings.
    Reflect.set(window, `ga-disable-${tags.ga4}`, !granted.analytics)
    if (!googleLoaded && granted.analytics)
      googleLoaded = await load(`https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(tags.ga4)}`)
  }
  marketingGranted = granted.marketing
  // The pixel reports the full address itself, so it never starts on a page whose address holds a token
  // or id, nor on a page with personal details.
  if (tags.metaPixel && granted.marketing && !metaLoaded && !safeLocation().secret && !onPersonalPage()) {
    const w = window as GtagWindow
    const fbq: Fbq = Object.assign(
      (...args: unknown[]): void => {
        if (fbq.callMethod) fbq.callMethod(...args)
        else fbq.queue.push(args)
      },
      { queue: [] as unknown[], loaded: true, version: "2.0", disablePushState: true },
    )
    w.fbq = fbq
    w._fbq = fbq
    // No automatic configuration: the pixel reads no buttons, page metadata or form fields (automatic advanced
    // matching) by itself.
    fbq("set", "autoConfig", false, tags.metaPixel)
    fbq("init", tags.metaPixel)
    fbq("track", "PageView")
    metaLoaded = await load("https://connect.facebook.net/en_US/fbevents.js")
  }
  metaConsent()
}
