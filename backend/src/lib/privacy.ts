import { consentExpiry, currentPolicyVersion, dataMapFromEnv, type ConsentCategoryId } from "@helder/privacy"
import type { MedusaContainer } from "@medusajs/framework/types"
import { NEWEST_FIRST } from "../api/store/consents/view"
import { CONSENT_MODULE } from "../modules/consent"
import type ConsentModuleService from "../modules/consent/service"
import { now } from "./clock"

/** The installation's data map, from the same environment as the storefront's. */
export const dataMap = dataMapFromEnv(process.env)

/** The policy version in force now. */
export function policyVersion(): string {
  return currentPolicyVersion(dataMap, now()).id
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
