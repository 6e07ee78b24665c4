import { defineRouting } from "next-intl/routing"

/** Dutch first: most shoppers are Dutch or Flemish; English for everyone else. */
export const routing = defineRouting({
  locales: ["nl", "en"],
  defaultLocale: "nl",
  localePrefix: "always",
})
export type Locale = (typeof routing.locales)[number]
