import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashSecret } from "../../../lib/tokens"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

/**
 * Undoes a scheduled (or deferred) erasure with the mailed link. Unknown, used and finished links get the
 * same answer, so the response tells an attacker nothing.
 */
export const cancelErasureStep = createStep(
  "cancel-erasure",
  async ({ secret }: { secret: string }, { container }) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const [request] = await requests.listDataRequests({ token_hash: hashSecret(secret), kind: "erasure", status: ["scheduled", "deferred"] })
    if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is invalid, or the erasure has already run or been undone.")
    await requests.updateDataRequests({ id: request.id, status: "cancelled", token_hash: null, token_expires_at: null })
    return new StepResponse({ id: request.id, customer_id: request.customer_id }, { id: request.id, status: request.status, token_hash: request.token_hash, token_expires_at: request.token_expires_at })
  },
  async (before, { container }) => {
    if (before) await container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE).updateDataRequests(before)
  }
)
