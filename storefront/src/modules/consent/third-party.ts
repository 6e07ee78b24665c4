import { pageTemplate } from "@helder/privacy/browser"

/**
 * Third-party tags, loaded only when configured (data map) and only after the visitor chose their
 * category. Google gets Consent Mode v2 with everything denied by default, then updated to the choice.
 */
type Loader = (src: string) => Promise<boolean>
type Tags = { ga4: string | null; metaPixel: string | null }

/** Meta's queue function: calls wait in `queue` until fbevents.js installs `callMethod`. */
type Fbq = ((...args: unknown[]) => void) & { queue: unknown[]; callMethod?: (...args: unknown[]) => void; loaded: boolean; version: string }
type GtagWindow = Window & { dataLayer?: unknown[]; fbq?: Fbq; _fbq?: Fbq }

let googleLoaded = false
let metaLoaded = false

// gtag.js only reads Arguments objects from the data layer, as its own snippet pushes them.
function gtag(..._: unknown[]) {
  const w = window as GtagWindow
  w.dataLayer = w.dataLayer ?? []
  w.dataLayer.push(arguments)
}

// Google gets analytics storage at most: Helder runs no Google ads, so the ad signals stay denied.
function googleConsent(analytics: boolean) {
  return { analytics_storage: analytics ? "granted" : "denied", ad_storage: "denied", ad_user_data: "denied", ad_personalization: "denied" }
}

/** The address third parties may see: the page template, never an order-link token, query or id. */
function safeLocation(): { location: string; secret: boolean } {
  const template = pageTemplate(location.pathname)
  return { location: `${location.origin}${template}`, secret: template !== location.pathname || location.search !== "" }
}

/** After a navigation inside the app: Google's idea of the page follows, again as a template. */
export function followPageInThirdParty() {
  if (googleLoaded) gtag("set", { page_location: safeLocation().location, page_referrer: "" })
}

/** Applies a choice: loads what was granted (once) and tells a loaded Google tag about the new state. */
export async function applyThirdPartyChoice(tags: Tags, granted: { analytics: boolean; marketing: boolean }, load: Loader) {
  if (tags.ga4 && (googleLoaded || granted.analytics)) {
    if (!googleLoaded) {
      gtag("consent", "default", googleConsent(false))
      gtag("js", new Date())
      // 13 months, as the data map declares for _ga; the page as a template, the referrer not at all.
      const { location: page } = safeLocation()
      gtag("config", tags.ga4, { cookie_expires: 395 * 24 * 60 * 60, page_location: page, page_referrer: "" })
    }
    gtag("consent", "update", googleConsent(granted.analytics))
    if (!googleLoaded && granted.analytics) googleLoaded = await load(`https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(tags.ga4)}`)
  }
  // The pixel reports the full address itself, so it never runs on a page whose address holds a token or id.
  if (tags.metaPixel && granted.marketing && !metaLoaded && !safeLocation().secret) {
    const w = window as GtagWindow
    const fbq: Fbq = Object.assign(
      (...args: unknown[]): void => {
        if (fbq.callMethod) fbq.callMethod(...args)
        else fbq.queue.push(args)
      },
      { queue: [] as unknown[], loaded: true, version: "2.0" }
    )
    w.fbq = fbq
    w._fbq = fbq
    fbq("init", tags.metaPixel)
    fbq("track", "PageView")
    metaLoaded = await load("https://connect.facebook.net/en_US/fbevents.js")
  }
  if (metaLoaded && !granted.marketing) (window as GtagWindow).fbq?.("consent", "revoke")
}
