import { addDuration, consentExpiry, currentPolicyVersion, dataMapFromEnv, validBannerHashes, type ConsentCategoryId, type PrivacyLocale } from "@helder/privacy"
import type { MedusaContainer } from "@medusajs/framework/types"
import { NEWEST_FIRST } from "./consent-view"
import { CONSENT_MODULE } from "../modules/consent"
import type ConsentModuleService from "../modules/consent/service"
import { now } from "./clock"

/** The installation's data map, from the same environment as the storefront's. */
export const dataMap = dataMapFromEnv(process.env)

/** The policy version in force now. */
export function policyVersion(): string {
  return currentPolicyVersion(dataMap, now()).id
}

const bannerHashes = new Map<string, Promise<Set<string>>>()

/** The hashes of the banner texts shown under the version in force, computed once per version and language. */
export function bannerHashesInForce(locale: PrivacyLocale): Promise<Set<string>> {
  const key = `${policyVersion()}:${locale}`
  if (!bannerHashes.has(key)) bannerHashes.set(key, validBannerHashes(dataMap, locale, now()))
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
 * policy version in force and has not expired. A newer refusal or a new policy version ends it.
 */
export async function consentGrants(container: MedusaContainer, consentId: string, category: ConsentCategoryId): Promise<boolean> {
  const consent: ConsentModuleService = container.resolve(CONSENT_MODULE)
  const [latest] = await consent.listConsentRecords({ consent_id: consentId }, { order: NEWEST_FIRST, take: 1 })
  if (!latest) return false
  return (
    latest.categories.includes(category) &&
    latest.policy_version === policyVersion() &&
    new Date(latest.expires_at).getTime() > now().getTime()
  )
}
