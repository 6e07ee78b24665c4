/** The shop's languages, Dutch first: most shoppers are Dutch or Flemish; English for everyone else. */
export const LOCALES = ["nl", "en"] as const

/** A language the shop speaks, as it stands in its URLs (`/nl`, `/en`) and on every record that remembers one. */
export type Locale = (typeof LOCALES)[number]

/** The language of a page, a mail or a document when nothing says otherwise. */
export const DEFAULT_LOCALE: Locale = "nl"

/** Whether a value (a route segment, a form field, a stored column) is one of the shop's languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}

/** The language of a value, or the default when it names none: for values that come from outside. */
export function localeOr(value: unknown, fallback: Locale = DEFAULT_LOCALE): Locale {
  return isLocale(value) ? value : fallback
}

/** The BCP 47 tag dates and words are formatted with: Dutch as in the Netherlands, English as in Britain. */
export function intlLocale(locale: Locale): "nl-NL" | "en-GB" {
  return locale === "nl" ? "nl-NL" : "en-GB"
}
