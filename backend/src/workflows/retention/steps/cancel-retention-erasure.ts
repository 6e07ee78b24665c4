import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

/**
 * Cancels the erasure recorded for an account that turned out to be in use again. Not compensated: the account's use
 * is a fact a later failure does not undo.
 */
export const cancelRetentionErasureStep = createStep(
  "cancel-retention-erasure",
  async (input: { request_id: string; at: string }, { container }) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    await requests.moveDataRequest(input.request_id, "cancel", { completed_at: new Date(input.at) })
    return new StepResponse(input.request_id)
  },
)
