"use client"

import { useEffect } from "react"
import type { BannerText } from "@helder/privacy"
import { BANNER_PROMISES, bannerTextHash } from "@helder/privacy/browser"
import { consentCookieJson } from "@/lib/consent-cookie"
import type * as CookieConsent from "vanilla-cookieconsent"
import { OPTIONAL_WITH_GPC, translation } from "./banner-translation"
import { CONSENT_STATE_ATTRIBUTE } from "./consent-preview"
import { announceBannerReady } from "./cookie-settings-button"
import { applyThirdPartyChoice } from "./third-party"

export type BannerProps = {
  /** The banner text, without the GPC line and without what changed since a visitor's last choice. */
  text: BannerText
  /** Per earlier policy revision, what changed since: shown to a visitor whose stored choice has that revision. */
  changesSince: Record<number, string>
  /** The line shown when the browser sends Global Privacy Control. */
  gpcNotice: string
  /** The policy version's number: a higher one than the cookie's asks again. */
  revision: number
  /** The consent cookie and how many days a choice holds (the data map's six months). */
  cookieName: string
  validDays: number
  /** Per category, the cookies its withdrawal deletes. */
  cookies: Record<string, { name: string; pattern: boolean }[]>
  tags: { ga4: string | null; metaPixel: string | null }
  consentPagePath: string
}

let started = false

/** The banner is drawn (or has nothing to ask): the picture of it painted with the page goes. */
function takeOverFromPreview() {
  document.documentElement.setAttribute(CONSENT_STATE_ATTRIBUTE, "ready")
}

/** The policy revision this browser's stored choice was made under, if any. */
function storedRevision(cookieName: string): number | null {
  const raw = document.cookie
    .split("; ")
    .find((pair) => pair.startsWith(`${cookieName}=`))
    ?.slice(cookieName.length + 1)
  const stored = raw ? consentCookieJson(raw) : null
  const revision = stored && typeof stored === "object" && "revision" in stored ? stored.revision : null
  return typeof revision === "number" ? revision : null
}

/**
 * The consent banner (vanilla-cookieconsent), loaded after the page: a fixed box that never moves the
 * layout. Every choice is sent to /api/consent as proof with the SHA-256 of the text shown.
 */
export function CookieBanner({
  text,
  changesSince,
  gpcNotice,
  revision,
  cookieName,
  validDays,
  cookies,
  tags,
  consentPagePath,
}: BannerProps) {
  useEffect(() => {
    // Once per page load: a refreshed layout hands new props, but the banner is already running.
    if (started) return
    started = true
    const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true
    const seen = storedRevision(cookieName)
    const changes = seen !== null && seen < revision ? (changesSince[seen] ?? null) : null
    const shown: BannerText = { ...text, changes, gpcNotice: gpc ? gpcNotice : null }
    let lastModal: "banner" | "settings" = "banner"

    // The library's stylesheet comes with its code, not with the page: the page's first paint needs only
    // the preview's own rules (globals.css), and one render-blocking stylesheet fewer paints it sooner.
    Promise.all([import("vanilla-cookieconsent"), import("vanilla-cookieconsent/dist/cookieconsent.css")])
      .then(async ([CC]) => {
        // Tags wait for the proof of the choice that allows them; without a stored proof they stay off.
        let proof: Promise<boolean> = Promise.resolve(true)
        const record = (cookie: CookieConsent.CookieValue) => {
          proof = (async () => {
            const body = JSON.stringify({
              consent_id: cookie.consentId,
              categories: cookie.categories,
              policy_version: shown.version,
              text_hash: await bannerTextHash(shown),
              locale: shown.locale,
              source: gpc ? "gpc" : lastModal,
              gpc,
            })
            for (let attempt = 0; attempt < 3; attempt++) {
              const response = await fetch("/api/consent", {
                method: "POST",
                headers: { "content-type": "application/json" },
                body,
                keepalive: true,
              }).catch(() => null)
              if (response?.ok) return true
              // The consent id in this browser's cookie is not this browser's (planted, or from before
              // ids were bound to a browser): forget it and ask afresh under a new one.
              if (response?.status === 404) {
                CC.reset(true)
                location.reload()
                return false
              }
              if (response && response.status < 500 && response.status !== 429) return false
              await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)))
            }
            return false
          })()
        }
        // Under GPC the cookie may still hold an older grant: it never counts.
        const granted = (category: string) => !gpc && CC.acceptedCategory(category)
        const load = (src: string) => CC.loadScript(src)
        // What the tags were last allowed. A withdrawal applies at once, whether or not its proof can be
        // stored; a grant waits for its proof. After the wait the choice is read again, so a later
        // withdrawal is never undone by an earlier grant.
        let allowed = { analytics: false, marketing: false }
        const applyTags = async () => {
          const narrowed = {
            analytics: allowed.analytics && granted("analytics"),
            marketing: allowed.marketing && granted("marketing"),
          }
          if (narrowed.analytics !== allowed.analytics || narrowed.marketing !== allowed.marketing) {
            allowed = narrowed
            await applyThirdPartyChoice(tags, allowed, load)
          }
          if (!(await proof)) return
          allowed = { analytics: granted("analytics"), marketing: granted("marketing") }
          await applyThirdPartyChoice(tags, allowed, load)
        }
        const categories = Object.fromEntries(
          text.categories
            .filter((category) => !(gpc && OPTIONAL_WITH_GPC.has(category.id)))
            .map((category) => [
              category.id,
              {
                enabled: category.required,
                readOnly: category.required,
                autoClear: {
                  cookies: (cookies[category.id] ?? []).map((c) => ({
                    name: c.pattern ? new RegExp(`^${c.name}$`) : c.name,
                  })),
                },
              },
            ]),
        )
        await CC.run({
          revision,
          hideFromBots: false,
          autoClearCookies: true,
          cookie: {
            name: cookieName,
            expiresAfterDays: validDays,
            sameSite: "Lax",
            secure: location.protocol === "https:",
          },
          guiOptions: {
            consentModal: { layout: "box", position: "bottom right", equalWeightButtons: true, flipButtons: false },
            preferencesModal: { layout: "box", equalWeightButtons: true, flipButtons: false },
          },
          categories,
          language: {
            default: shown.locale,
            translations: { [shown.locale]: translation(shown, gpc, consentPagePath) },
          },
          onModalShow: ({ modalName }) => {
            if (modalName === "consentModal") takeOverFromPreview()
            if (modalName !== "preferencesModal") return
            lastModal = "settings"
            // The library draws the cookie tables; their rows say what the cookie policy's table says.
            for (const table of document.querySelectorAll("#cc-main .pm__section-table"))
              table.setAttribute("data-promise", BANNER_PROMISES.cookieTable)
            const slot = document.querySelector("[data-consent-id]")
            if (slot) slot.textContent = CC.validConsent() ? CC.getCookie("consentId") : ""
          },
          onFirstConsent: ({ cookie }) => void record(cookie),
          onConsent: () => void applyTags(),
          onChange: ({ cookie }) => {
            void record(cookie)
            void applyTags()
          },
        })
        // A browser that turned GPC on after accepting: the older grant is withdrawn (and its cookies cleared) as a GPC
        // choice.
        if (gpc && CC.validConsent() && [...OPTIONAL_WITH_GPC].some((category) => CC.acceptedCategory(category))) {
          CC.acceptCategory(
            CC.getUserPreferences().acceptedCategories.filter((category) => !OPTIONAL_WITH_GPC.has(category)),
          )
        }
        takeOverFromPreview()
        announceBannerReady(CC)
      })
      // The banner's code could not load (a flaky connection, or a chunk gone after a deploy): its picture,
      // which cannot be used, must not keep covering the page.
      .catch(() => takeOverFromPreview())
  }, [text, changesSince, gpcNotice, revision, cookieName, validDays, cookies, tags, consentPagePath])
  return null
}
