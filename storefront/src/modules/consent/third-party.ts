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

function googleConsent(analytics: boolean, marketing: boolean) {
  const state = (on: boolean) => (on ? "granted" : "denied")
  return { analytics_storage: state(analytics), ad_storage: state(marketing), ad_user_data: state(marketing), ad_personalization: state(marketing) }
}

/** Applies a choice: loads what was granted (once) and tells a loaded Google tag about the new state. */
export async function applyThirdPartyChoice(tags: Tags, granted: { analytics: boolean; marketing: boolean }, load: Loader) {
  if (tags.ga4 && (googleLoaded || granted.analytics)) {
    if (!googleLoaded) {
      gtag("consent", "default", googleConsent(false, false))
      gtag("js", new Date())
      // 13 months, as the data map declares for _ga.
      gtag("config", tags.ga4, { cookie_expires: 395 * 24 * 60 * 60 })
    }
    gtag("consent", "update", googleConsent(granted.analytics, granted.marketing))
    if (!googleLoaded && granted.analytics) googleLoaded = await load(`https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(tags.ga4)}`)
  }
  if (tags.metaPixel && granted.marketing && !metaLoaded) {
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
