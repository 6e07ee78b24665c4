import { defineRouting } from "next-intl/routing"
import { LOCALES } from "./locales.cjs"

/** Dutch first: most shoppers are Dutch or Flemish; English for everyone else. */
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "nl",
  localePrefix: "always",
  // The URL carries the language; a NEXT_LOCALE cookie would be one more cookie the data map must declare.
  localeCookie: false,
})
export type Locale = (typeof routing.locales)[number]
