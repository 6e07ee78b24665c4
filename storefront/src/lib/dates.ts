/** A moment as the shop states it to a shopper: "24 november 2026 om 10:15", Amsterdam time. */
export function formatMoment(moment: string | Date, locale: "nl" | "en"): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(moment))
}
