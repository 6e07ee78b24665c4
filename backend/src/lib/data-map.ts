import { addDuration, consentExpiry, dataMapFromEnv } from "@helder/privacy"

/** The installation's data map, from the same environment as the storefront's. */
export const dataMap = dataMapFromEnv(process.env)

/** When a data-subject request received at `receivedAt` must be answered (art. 12(3): one month). */
export function requestDueAt(receivedAt: Date): Date {
  return addDuration(receivedAt, dataMap.requests.answerWithin)
}

/** When a choice given now stops counting. */
export function expiryOfChoice(givenAt: Date): Date {
  return consentExpiry(dataMap, givenAt)
}
