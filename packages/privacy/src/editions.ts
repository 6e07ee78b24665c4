import { z } from "zod"
import { canonicalJson, sha256Hex } from "./hash"
import { allServices, amsterdamDay, currentPolicyVersion } from "./policy"
import { localisedSchema, type DataMap, type Localised, type PolicyVersion } from "./types"

/**
 * Policy editions. The policy's text is derived from the data map, and the data map from the
 * installation's configuration: switching on GA4, the Meta pixel or Stripe, or another hosting or mail
 * provider, changes what the policy says. So a version is not only a date someone wrote down
 * (policy-versions.ts, the wording) but also the content shown: each edition carries the SHA-256 of
 * the map it describes, and a content the shop has not published before becomes a new edition with
 * the date it first appears. A choice is made under one edition and covers nothing a later one adds.
 */

/** What an edition names that a visitor's choice or trust depends on: each service, each recipient, the seller. */
export const policyNamesSchema = z.record(z.string(), localisedSchema)
export type PolicyNames = z.infer<typeof policyNamesSchema>

/** One published edition: a policy version plus what it was derived from. */
export const policyEditionSchema = z
  .object({
    id: z.string().regex(/^\d{4}-\d{2}-\d{2}(\.\d+)?$/),
    effective: z.iso.date(),
    changes: localisedSchema,
    /** The written version (policy-versions.ts) whose wording it shows. */
    wording: z.string(),
    /** SHA-256 of the data map it describes; null for history recorded before editions were derived. */
    contentHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
    names: policyNamesSchema.nullable(),
  })
  .strict()
export type PolicyEdition = z.infer<typeof policyEditionSchema>

/** SHA-256 of everything the policy says about the installation (the map without its version list). */
export function policyContentHash(map: DataMap): Promise<string> {
  const { policyVersions: _versions, ...content } = map
  return sha256Hex(canonicalJson(content))
}

/** Each service (with its category), each recipient (party and location, per purpose) and the seller. */
export function policyNames(map: DataMap): PolicyNames {
  const names: PolicyNames = {}
  for (const service of allServices(map)) {
    const category = map.consentCategories.find((c) => c.id === service.category)!
    names[`service:${service.id}`] = {
      nl: `${service.name} (${category.name.nl.toLowerCase()})`,
      en: `${service.name} (${category.name.en.toLowerCase()})`,
    }
  }
  for (const recipient of map.recipients) {
    names[`recipient:${recipient.id}`] = {
      nl: `${recipient.purpose.nl}: ${recipient.party} (${recipient.location.nl})`,
      en: `${recipient.purpose.en}: ${recipient.party} (${recipient.location.en})`,
    }
  }
  const { name, address, email, phone, kvk, vat } = map.controller
  const seller = `${name}, ${address}, ${email}, ${phone}, KvK ${kvk}, btw ${vat}`
  names.controller = { nl: `Verkoper: ${seller}`, en: `Seller: ${seller}` }
  return names
}

const WORDS = {
  nl: {
    added: "Nieuw",
    removed: "Niet meer",
    changed: "Gewijzigd",
    other: "Andere wijzigingen in wat dit beleid beschrijft (categorieën, doelen of termijnen).",
  },
  en: {
    added: "New",
    removed: "No longer",
    changed: "Changed",
    other: "Other changes to what this policy describes (categories, purposes or terms).",
  },
} as const

/** What changed between two editions' names, in words: each service or recipient added, removed or changed. */
export function namesChanged(before: PolicyNames | null, after: PolicyNames): Localised | null {
  if (!before) return null
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  const lines = (locale: "nl" | "en") =>
    keys.flatMap((key) => {
      const [was, is] = [before[key], after[key]]
      if (!was && is) return [`${WORDS[locale].added}: ${is[locale]}`]
      if (was && !is) return [`${WORDS[locale].removed}: ${was[locale]}`]
      if (was && is && was[locale] !== is[locale]) return [`${WORDS[locale].changed}: ${is[locale]}`]
      return []
    })
  const [nl, en] = [lines("nl"), lines("en")]
  return nl.length ? { nl: `${nl.join(". ")}.`, en: `${en.join(". ")}.` } : null
}

/**
 * The editions to add to those recorded (oldest first) for the map in force at `at`: none when the
 * newest recorded edition shows this wording and this content. The first recording copies the written
 * history with its own dates; later, a new wording or a new content is an edition effective the day it
 * appears, whose changes name each service or recipient added, removed or changed.
 */
export async function editionsToRecord(recorded: PolicyEdition[], map: DataMap, at: Date): Promise<PolicyEdition[]> {
  const wording = currentPolicyVersion(map, at)
  const [contentHash, names] = [await policyContentHash(map), policyNames(map)]
  const latest = recorded.at(-1)
  if (latest && latest.contentHash === contentHash && latest.wording === wording.id) return []
  const day = amsterdamDay(at)
  const written = map.policyVersions
  const unseen = written.slice(
    latest ? written.findIndex((v) => v.id === latest.wording) + 1 : 0,
    written.indexOf(wording) + 1,
  )
  if (!latest) {
    return unseen.map((v, i) => ({
      ...v,
      wording: v.id,
      contentHash: i === unseen.length - 1 ? contentHash : null,
      names: i === unseen.length - 1 ? names : null,
    }))
  }
  const configured = namesChanged(latest.names, names)
  const changes: Localised = unseen.length
    ? {
        nl: [...unseen.map((v) => v.changes.nl), configured?.nl].filter(Boolean).join(" "),
        en: [...unseen.map((v) => v.changes.en), configured?.en].filter(Boolean).join(" "),
      }
    : (configured ?? { nl: WORDS.nl.other, en: WORDS.en.other })
  return [{ id: `${day}.${recorded.length + 1}`, effective: day, changes, wording: wording.id, contentHash, names }]
}

/** The map with its published editions as the version list: what the banner and the policy pages show. */
export function withEditions(map: DataMap, editions: PolicyEdition[]): DataMap {
  return {
    ...map,
    policyVersions: editions.map(({ id, effective, changes }): PolicyVersion => ({ id, effective, changes })),
  }
}
