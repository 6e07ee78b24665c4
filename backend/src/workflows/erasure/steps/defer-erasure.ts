import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

export type DeferErasureInput = { request_id: string; retry_at: string; reason: string }

/**
 * Moves an erasure to a later run because orders are still open; says whether it was the first deferral (that one is
 * mailed).
 */
export const deferErasureStep = createStep(
  "defer-erasure",
  async (input: DeferErasureInput, { container }) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const before = await requests.retrieveDataRequest(input.request_id)
    await requests.updateDataRequests({
      id: input.request_id,
      status: "deferred",
      scheduled_for: new Date(input.retry_at),
      deferred_reason: input.reason,
    })
    return new StepResponse(
      { first: before.status !== "deferred", email: before.email ?? "", locale: before.locale },
      {
        id: before.id,
        status: before.status,
        scheduled_for: before.scheduled_for,
        deferred_reason: before.deferred_reason,
      },
    )
  },
  async (before, { container }) => {
    if (before) await container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE).updateDataRequests(before)
  },
)
