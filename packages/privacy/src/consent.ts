import { z } from "zod"
import { bannerText } from "./banner"
import { bannerTextHash } from "./hash"
import { CONSENT_CATEGORY_IDS, LOCALES, type DataMap, type PrivacyLocale } from "./types"

export const CONSENT_SOURCES = ["banner", "settings", "gpc"] as const

/** A consent id: a random UUID the browser's consent cookie holds. */
export const consentIdSchema = z.uuid("the consent id is a UUID")

/** One choice as the storefront posts it: the visitor's consent id, what they chose and the text they saw. */
export const consentChoiceSchema = z
  .object({
    consent_id: consentIdSchema,
    categories: z
      .array(z.enum(CONSENT_CATEGORY_IDS))
      .max(CONSENT_CATEGORY_IDS.length)
      .refine((c) => c.includes("necessary"), "necessary is always part of a choice")
      .refine((c) => new Set(c).size === c.length, "each category once"),
    policy_version: z.string().regex(/^\d{4}-\d{2}-\d{2}(\.\d+)?$/, "a policy version like 2026-11-23 or 2026-12-06.3"),
    text_hash: z.string().regex(/^[0-9a-f]{64}$/, "the SHA-256 of the banner text, in hex"),
    locale: z.enum(LOCALES),
    source: z.enum(CONSENT_SOURCES),
    gpc: z.boolean().default(false),
  })
  .strict()
  .refine((c) => !c.gpc || !c.categories.some((id) => id === "analytics" || id === "marketing"), {
    message: "Global Privacy Control refuses analytics and marketing",
    path: ["categories"],
  })
export type ConsentChoice = z.infer<typeof consentChoiceSchema>

/** A stored choice as the visitor, the customer and their export see it (no customer id). */
export type ConsentRecordView = {
  id: string
  consent_id: string
  categories: string[]
  policy_version: string
  text_hash: string
  locale: string
  source: string
  gpc: boolean
  given_at: string | Date
  expires_at: string | Date
}

/**
 * The hashes of every banner text a visitor could have seen for the current version and a locale:
 * with or without the GPC notice, and as a first visit or a return after any earlier version.
 */
export async function validBannerHashes(map: DataMap, locale: PrivacyLocale, now: Date): Promise<Set<string>> {
  const seen = [null, ...map.policyVersions.map((v) => v.id)]
  const texts = seen.flatMap((seenVersion) =>
    [false, true].map((gpc) => bannerText(map, locale, now, { gpc, seenVersion })),
  )
  return new Set(await Promise.all(texts.map(bannerTextHash)))
}
