import "server-only"
import type { Locale } from "@helder/contract"
import type { AccountSession } from "../cookies"
import { storeFetch } from "../medusa"

/** One statistics event as the backend stores it: no order, e-mail or amount, a visitor key of the day. */
export type AnalyticsEvent = {
  name: string
  path: string
  product_id?: string
  device_class: string
  visitor_key: string
  locale: Locale
}

/**
 * Records a statistics event under the visitor's consent id; the backend checks the stored choice again.
 * The login goes along only so the backend can leave out a customer under a restriction or objection.
 */
export async function recordAnalyticsEvent(
  event: AnalyticsEvent,
  consentId: string,
  auth: AccountSession | null,
): Promise<void> {
  await storeFetch("/store/analytics/events", { method: "POST", body: event, consentId, auth })
}
