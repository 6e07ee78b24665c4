import { intlLocale, type Locale } from "./locales"

/**
 * The shop states every moment in Amsterdam time, whatever zone the server or the browser runs in: a
 * document issued at 00:30 in Amsterdam is dated that day on its PDF, in the mail and in the order page.
 */
export const SHOP_TIME_ZONE = "Europe/Amsterdam"

/** A moment as the shop states it to a shopper: "24 november 2026 om 10:15". */
export function formatMoment(moment: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: SHOP_TIME_ZONE,
  }).format(new Date(moment))
}

/** A day as mails, receipts and pages state it: "24 november 2026". */
export function formatLongDate(moment: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: SHOP_TIME_ZONE }).format(
    new Date(moment),
  )
}

/** A document's date as its PDF prints it: 22-11-2026 or 22 Nov 2026. */
export function formatDocumentDate(moment: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: "2-digit",
    month: locale === "nl" ? "2-digit" : "short",
    year: "numeric",
    timeZone: SHOP_TIME_ZONE,
  }).format(new Date(moment))
}
