import type { BannerText } from "@helder/privacy"
import { BANNER_PROMISES } from "@helder/privacy/browser"
import type * as CookieConsent from "vanilla-cookieconsent"
import { bannerSentences } from "./banner-lines"

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
/**
 * Each sentence on its own line (bannerSentences). Each line carries the promises its part of the banner
 * makes (`data-promise`, the ledger in packages/privacy/src/promises.ts).
 */
const paragraphs = (...parts: [text: string | null, promise: string][]) =>
  parts
    .filter((part): part is [string, string] => Boolean(part[0]))
    .flatMap(([text, promise]) =>
      bannerSentences(text).map(
        (sentence) => `<span class="cc-line" data-promise="${promise}">${escape(sentence)}</span>`,
      ),
    )
    .join("")

/** The categories Global Privacy Control refuses: with the signal on they get no switch. */
export const OPTIONAL_WITH_GPC = new Set(["analytics", "marketing"])

/** What the library shows, built from the banner text alone, so the hashed text is the text on screen. */
export function translation(text: BannerText, gpc: boolean, consentPagePath: string): CookieConsent.Translation {
  return {
    consentModal: {
      title: text.title,
      description: paragraphs(
        [text.changes, BANNER_PROMISES.changes],
        [text.description, BANNER_PROMISES.description],
        [text.gpcNotice, BANNER_PROMISES.gpcNotice],
      ),
      acceptAllBtn: text.acceptAll,
      acceptNecessaryBtn: text.rejectAll,
      showPreferencesBtn: text.settings,
    },
    preferencesModal: {
      title: text.settingsTitle,
      acceptAllBtn: text.acceptAll,
      acceptNecessaryBtn: text.rejectAll,
      savePreferencesBtn: text.save,
      closeIconLabel: text.close,
      sections: [
        {
          description: paragraphs(
            [text.settingsIntro, BANNER_PROMISES.settingsIntro],
            [text.gpcNotice, BANNER_PROMISES.gpcNotice],
          ),
        },
        ...text.categories.map((category) => ({
          title: category.required ? `${escape(category.title)} (${escape(text.alwaysOn)})` : escape(category.title),
          description: paragraphs([category.description, BANNER_PROMISES.category]),
          // With GPC on, analytics and marketing get no switch: the signal has refused them.
          ...(gpc && OPTIONAL_WITH_GPC.has(category.id) ? {} : { linkedCategory: category.id }),
          cookieTable: {
            headers: {
              name: text.tableHeaders.name,
              service: text.tableHeaders.service,
              lifetime: text.tableHeaders.lifetime,
              purpose: text.tableHeaders.purpose,
            },
            body: category.services.flatMap((service) =>
              service.cookies.map((cookie) => ({
                name: escape(cookie.name),
                service: escape(`${service.name} — ${service.party}`),
                lifetime: escape(cookie.lifetime),
                purpose: escape(cookie.purpose),
              })),
            ),
          },
        })),
        {
          title: escape(text.consentIdLabel),
          // The id itself is filled in each time the dialog opens (see onModalShow): it exists only after a choice.
          description: `<p data-promise="${BANNER_PROMISES.consentRecord}"><code data-testid="consent-id" data-consent-id></code> <a href="${escape(consentPagePath)}">${escape(text.consentRecordLink)}</a></p>`,
        },
      ],
    },
  }
}
