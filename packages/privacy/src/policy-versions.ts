import type { PolicyVersion } from "./types"

/** Every published version of the privacy and cookie policy, oldest first. A new one asks for consent again. */
export const POLICY_VERSIONS: PolicyVersion[] = [
  {
    id: "2026-06-19",
    effective: "2026-06-19",
    changes: {
      nl: "Eerste versie: bestellen als gast of met account, facturen, retouren en de herroepingsknop.",
      en: "First version: ordering as a guest or with an account, invoices, returns and the withdrawal button.",
    },
  },
  {
    id: "2026-11-23",
    effective: "2026-11-23",
    changes: {
      nl: "Nieuw: een cookiebanner met keuze per categorie, eigen statistieken alleen met je toestemming, en een bewijs van je keuze dat je kunt inzien.",
      en: "New: a cookie banner with a choice per category, our own statistics only with your consent, and a record of your choice you can look up.",
    },
  },
]
