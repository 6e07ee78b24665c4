import { allServices, changesSince, currentPolicyVersion } from "./policy"
import type { ConsentCategoryId, DataMap, PrivacyLocale } from "./types"

/** One category as the settings dialog lists it: its text and the services (party, purpose, cookies) in it. */
export type BannerCategory = {
  id: ConsentCategoryId
  title: string
  description: string
  required: boolean
  services: {
    name: string
    party: string
    purpose: string
    location: string
    cookies: { name: string; lifetime: string; purpose: string }[]
  }[]
}

/**
 * Everything the consent banner and its settings dialog say, in one structure. It is rendered as is,
 * and its SHA-256 is the proof of "the exact text shown" in each consent record.
 */
export type BannerText = {
  version: string
  locale: PrivacyLocale
  title: string
  description: string
  gpcNotice: string | null
  changes: string | null
  acceptAll: string
  rejectAll: string
  settings: string
  settingsTitle: string
  settingsIntro: string
  save: string
  close: string
  consentIdLabel: string
  consentRecordLink: string
  alwaysOn: string
  tableHeaders: { name: string; service: string; lifetime: string; purpose: string }
  categories: BannerCategory[]
}

const UI = {
  nl: {
    title: "Cookies bij Helder",
    description:
      'We gebruiken noodzakelijke cookies om de winkel te laten werken. Met je toestemming tellen we ook hoe de winkel gebruikt wordt, onder een willekeurige sleutel die elke dag wisselt (een pseudoniem), nooit onder je naam of e-mailadres. Weigeren is net zo makkelijk als accepteren, en je wijzigt je keuze altijd via "Cookie-instellingen" onderaan elke pagina.',
    gpc: "Je browser stuurt het signaal Global Privacy Control. Dat geldt bij ons als weigering van statistieken en advertenties.",
    changes: "Ons privacy- en cookiebeleid is gewijzigd:",
    acceptAll: "Alles accepteren",
    rejectAll: "Alles weigeren",
    settings: "Instellingen",
    settingsTitle: "Cookie-instellingen",
    settingsIntro:
      "Kies per categorie. Noodzakelijke cookies staan altijd aan. Een uitgezette categorie verwijdert haar cookies meteen.",
    save: "Keuze opslaan",
    close: "Sluiten",
    consentIdLabel: "Nummer van je toestemmingsbewijs",
    consentRecordLink: "Bekijk wat we van je keuzes hebben vastgelegd",
    alwaysOn: "altijd aan",
    tableHeaders: { name: "Cookie", service: "Dienst", lifetime: "Bewaard", purpose: "Doel" },
    firstParty: "Helder (eigen partij)",
  },
  en: {
    title: "Cookies at Helder",
    description:
      'We use necessary cookies to make the shop work. With your consent we also count how the shop is used, under a random key that changes every day (a pseudonym), never under your name or e-mail address. Rejecting is as easy as accepting, and you can change your choice at any time with "Cookie settings" at the bottom of every page.',
    gpc: "Your browser sends the Global Privacy Control signal. We treat it as a refusal of statistics and advertising.",
    changes: "Our privacy and cookie policy has changed:",
    acceptAll: "Accept all",
    rejectAll: "Reject all",
    settings: "Settings",
    settingsTitle: "Cookie settings",
    settingsIntro:
      "Choose per category. Necessary cookies are always on. Switching a category off deletes its cookies at once.",
    save: "Save choice",
    close: "Close",
    consentIdLabel: "Number of your consent record",
    consentRecordLink: "See what we recorded of your choices",
    alwaysOn: "always on",
    tableHeaders: { name: "Cookie", service: "Service", lifetime: "Kept for", purpose: "Purpose" },
    firstParty: "Helder (first party)",
  },
} as const

/** The categories the banner offers: necessary, plus every optional one that has a service. */
export function offeredCategories(map: DataMap) {
  return map.consentCategories.filter((category) => category.required || category.services.length > 0)
}

/**
 * The banner text for a locale. `gpc`: the browser sends Global Privacy Control; `seenVersion`: the
 * version a returning visitor chose under, whose later changes are listed.
 */
export function bannerText(
  map: DataMap,
  locale: PrivacyLocale,
  now: Date,
  options: { gpc?: boolean; seenVersion?: string | null } = {},
): BannerText {
  const ui = UI[locale]
  const newer = options.seenVersion ? changesSince(map, options.seenVersion, now) : []
  const services = allServices(map)
  return {
    version: currentPolicyVersion(map, now).id,
    locale,
    title: ui.title,
    description: ui.description,
    gpcNotice: options.gpc ? ui.gpc : null,
    changes: newer.length ? [ui.changes, ...newer.map((v) => `${v.effective}: ${v.changes[locale]}`)].join("\n") : null,
    acceptAll: ui.acceptAll,
    rejectAll: ui.rejectAll,
    settings: ui.settings,
    settingsTitle: ui.settingsTitle,
    settingsIntro: ui.settingsIntro,
    save: ui.save,
    close: ui.close,
    consentIdLabel: ui.consentIdLabel,
    consentRecordLink: ui.consentRecordLink,
    alwaysOn: ui.alwaysOn,
    tableHeaders: ui.tableHeaders,
    categories: offeredCategories(map).map((category) => ({
      id: category.id,
      title: category.name[locale],
      description: category.description[locale],
      required: category.required,
      services: services
        .filter((service) => service.category === category.id)
        .map((service) => ({
          name: service.name,
          party: service.party === "first-party" ? ui.firstParty : service.party,
          purpose: service.purpose[locale],
          location: service.location[locale],
          cookies: service.cookies.map((cookie) => ({
            name: cookie.name,
            lifetime: cookie.lifetime[locale],
            purpose: cookie.purpose[locale],
          })),
        })),
    })),
  }
}
