import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashSecret } from "../../../lib/tokens"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

type Cancelled = {
  id: string
  customer_id: string | null
  status: string
  token_hash: string
  token_expires_at: Date | null
}

/**
 * Undoes a scheduled (or deferred) erasure with the mailed link, in one conditional UPDATE: an erasure that
 * has claimed the request first leaves nothing to cancel. Unknown, used and finished links get the same 404.
 */
export const cancelErasureStep = createStep(
  "cancel-erasure",
  async ({ secret }: { secret: string }, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await pg.raw<{ rows: Cancelled[] }>(
      `update data_request d set status = 'cancelled', token_hash = null, token_expires_at = null
       from (select id, status, token_hash, token_expires_at from data_request where token_hash = ? and kind = 'erasure' and status in ('scheduled', 'deferred') for update) before
       where d.id = before.id
       returning d.id, d.customer_id, before.status, before.token_hash, before.token_expires_at`,
      [hashSecret(secret)],
    )
    const cancelled = rows[0]
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
