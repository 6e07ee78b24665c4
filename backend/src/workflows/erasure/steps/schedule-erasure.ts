import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { now } from "../../../lib/clock"
import { dataMap } from "../../../lib/data-map"
import { newSecret } from "../../../lib/tokens"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"
import type { SendMailInput } from "../../mail/steps/send-mail"
import { type Locale, formatMoment } from "@helder/contract"

export type ScheduledErasure = { secret: string; scheduled_for: string; email: string; locale: Locale }

/**
 * The mail that tells when the erasure runs and carries its undo link (the secret stays out of the stored
 * notification).
 */
export function erasureScheduledMail(scheduled: ScheduledErasure, storefrontUrl: string): SendMailInput {
  return {
    to: scheduled.email,
    template: "erasure-scheduled",
    locale: scheduled.locale,
    data: { scheduled_for: formatMoment(scheduled.scheduled_for, scheduled.locale) },
    secrets: { link: `${storefrontUrl}/${scheduled.locale}/privacy/erasure/undo?token=${scheduled.secret}` },
  }
}

/**
 * Puts a verified erasure request on the clock: it runs when the undo window (from the data map) has
 * passed. Returns the undo link's secret, which only the mail carries; the request keeps its hash.
 */
export const scheduleErasureStep = createStep(
  "schedule-erasure",
  async ({ request_id }: { request_id: string }, { container }) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const { secret, hash } = newSecret()
    const scheduledFor = new Date(now().getTime() + dataMap.erasure.undoHours * 60 * 60 * 1000)
    const { before, previous } = await requests.moveDataRequest(request_id, "schedule", {
      scheduled_for: scheduledFor,
      token_hash: hash,
      token_expires_at: scheduledFor,
    })
    return new StepResponse<ScheduledErasure, { id: string } & Record<string, unknown>>(
      { secret, scheduled_for: scheduledFor.toISOString(), email: before.email ?? "", locale: before.locale },
      previous,
    )
  },
  async (before, { container }) => {
    if (before) await container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE).restoreDataRequest(before)
  },
)
