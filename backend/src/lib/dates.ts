const tag = (locale: "nl" | "en") => (locale === "nl" ? "nl-NL" : "en-GB")

/** A moment as mails state it: "24 november 2026 om 10:15", Amsterdam time. */
export function formatMoment(iso: string | Date, locale: "nl" | "en"): string {
  return new Intl.DateTimeFormat(tag(locale), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(iso))
}

/** A day as mails and receipts state it: "24 november 2026", Amsterdam time. */
export function formatLongDate(iso: string | Date, locale: "nl" | "en"): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(new Date(iso))
}
