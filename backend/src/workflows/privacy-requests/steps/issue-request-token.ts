import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { now } from "../../../lib/clock"
import { dataMap } from "../../../lib/data-map"
import { newSecret } from "../../../lib/tokens"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

/**
 * Gives a request a fresh mailed-link secret (verification, then the guest's download) valid for the map's
 * link lifetime. Only the hash is stored; a new secret replaces the old one.
 */
export const issueRequestTokenStep = createStep(
  "issue-request-token",
  async ({ request_id }: { request_id: string }, { container }) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const before = await requests.retrieveDataRequest(request_id)
    const { secret, hash } = newSecret()
    const expires = new Date(now().getTime() + dataMap.requests.linkValidHours * 60 * 60 * 1000)
    await requests.updateDataRequests({ id: request_id, token_hash: hash, token_expires_at: expires })
    return new StepResponse(
      { secret, expires_at: expires.toISOString() },
      { id: request_id, token_hash: before.token_hash, token_expires_at: before.token_expires_at },
    )
  },
  async (before, { container }) => {
    if (before) await container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE).updateDataRequests(before)
  },
)
