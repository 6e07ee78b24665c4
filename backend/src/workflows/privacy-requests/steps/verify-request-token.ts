import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { now } from "../../../lib/clock"
import { hashSecret } from "../../../lib/tokens"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

/**
 * Spends a guest's verification link: the requester holds the mailbox of the order, so their identity is
 * verified. Unknown, used and expired links get the same 404.
 */
export const verifyRequestTokenStep = createStep(
  "verify-request-token",
  async ({ secret }: { secret: string }, { container }) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const [request] = await requests.listDataRequests({
      token_hash: hashSecret(secret),
      channel: "guest",
      status: "awaiting_verification",
    })
    if (!request || !request.token_expires_at || new Date(request.token_expires_at) <= now()) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is invalid or has expired.")
    }
    const { previous } = await requests.moveDataRequest(request.id, "verify", {
      identity_status: "verified",
      identity_method: "mailed_link",
      token_hash: null,
      token_expires_at: null,
    })
    return new StepResponse(
      { id: request.id, kind: request.kind, email: request.email ?? "", locale: request.locale },
      previous,
    )
  },
  async (before, { container }) => {
    if (before) await container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE).restoreDataRequest(before)
  },
)
