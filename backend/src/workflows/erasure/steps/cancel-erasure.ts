import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashSecret } from "../../../lib/tokens"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

/**
 * Undoes a scheduled (or deferred) erasure with the mailed link, in one conditional UPDATE (the module's
 * undoErasure): an erasure that has claimed the request first leaves nothing to cancel. Unknown, used and
 * finished links get the same 404.
 */
export const cancelErasureStep = createStep(
  "cancel-erasure",
  async ({ secret }: { secret: string }, { container }) => {
    const cancelled = await container
      .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
      .undoErasure(hashSecret(secret))
    if (!cancelled)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "This link is invalid, or the erasure has already run or been undone.",
      )
    const { customer_id, ...before } = cancelled
    return new StepResponse({ id: cancelled.id, customer_id }, before)
  },
  async (before, { container }) => {
    if (before)
      await container
        .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
        .updateDataRequests({ ...before, status: before.status as "scheduled" | "deferred" })
  },
)
