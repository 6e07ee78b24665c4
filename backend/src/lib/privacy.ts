import {
  addDuration,
  buildDataMap,
  consentExpiry,
  currentPolicyVersion,
  dataMapFromEnv,
  integrationsFromEnv,
  validBannerHashes,
  withEditions,
  type ConsentCategoryId,
  type DataMap,
  type PolicyEdition,
  type PrivacyLocale,
} from "@helder/privacy"
import type { MedusaContainer } from "@medusajs/framework/types"
import { NEWEST_FIRST } from "./consent-view"
import { CONSENT_MODULE } from "../modules/consent"
import type ConsentModuleService from "../modules/consent/service"
import { now } from "./clock"

/** The installation's data map, from the same environment as the storefront's. */
export const dataMap = dataMapFromEnv(process.env)

/** The policy as published: the map of the configuration read now, with every edition published so far. */
export type PublishedPolicy = { map: DataMap; editions: PolicyEdition[]; current: PolicyEdition }

const published = new Map<string, Promise<PublishedPolicy>>()

/**
 * The policy in force, its configuration read afresh at each call: a configuration the shop has not
 * published before (GA4 switched on, another mail provider) is published as a new edition the first
 * time it is asked for, so no choice made under the earlier edition covers it. Once per configuration
 * and written version per process; the database holds the editions for every process.
 */
export function publishedPolicy(container: MedusaContainer): Promise<PublishedPolicy> {
  // Reading the configuration costs microseconds; building the map from it a third of a millisecond,
  // so the map is built only for a configuration (or written version) this process has not seen.
  const integrations = integrationsFromEnv(process.env)
  const key = `${currentPolicyVersion(dataMap, now()).id}:${JSON.stringify(integrations)}`
  let policy = published.get(key)
  if (!policy) {
    const configured = buildDataMap(integrations)
    const consent: ConsentModuleService = container.resolve(CONSENT_MODULE)
    policy = consent
      .publishPolicyEdition(configured, now())
      .then((editions) => ({ map: withEditions(configured, editions), editions, current: editions.at(-1)! }))
    // A failure (the database away) is not remembered: the next call tries again.
    policy.catch(() => published.delete(key))
    published.set(key, policy)
  }
  return policy
}

/** The policy version in force now: the newest published edition. */
export async function policyVersion(container: MedusaContainer): Promise<string> {
  return (await publishedPolicy(container)).current.id
}

const bannerHashes = new Map<string, Promise<Set<string>>>()

/** The hashes of the banner texts shown under the edition in force, computed once per edition and language. */
export async function bannerHashesInForce(container: MedusaContainer, locale: PrivacyLocale): Promise<Set<string>> {
  const { map, current } = await publishedPolicy(container)
  const key = `${current.id}:${current.contentHash}:${locale}`
  if (!bannerHashes.has(key)) bannerHashes.set(key, validBannerHashes(map, locale, now()))
  return bannerHashes.get(key)!
}

/** When a data-subject request received at `receivedAt` must be answered (art. 12(3): one month). */
export function requestDueAt(receivedAt: Date): Date {
  return addDuration(receivedAt, dataMap.requests.answerWithin)
}

/** When a choice given now stops counting. */
export function expiryOfChoice(givenAt: Date): Date {
  return consentExpiry(dataMap, givenAt)
}

/**
 * Whether a consent id currently grants a category: its latest choice includes it, is under the
 * policy edition in force and has not expired. A newer refusal or a new edition ends it: a choice
 * never covers a service the text it was made under did not name.
 */
export async function consentGrants(
  container: MedusaContainer,
  consentId: string,
  category: ConsentCategoryId,
): Promise<boolean> {
  const consent: ConsentModuleService = container.resolve(CONSENT_MODULE)
  const [latest] = await consent.listConsentRecords({ consent_id: consentId }, { order: NEWEST_FIRST, take: 1 })
  if (!latest) return false
  return (
    latest.categories.includes(category) &&
    latest.policy_version === (await policyVersion(container)) &&
    new Date(latest.expires_at).getTime() > now().getTime()
  )
}
