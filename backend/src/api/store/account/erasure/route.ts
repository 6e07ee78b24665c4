import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ErasureScheduledAnswer, Sent } from "@helder/contract"
import { MedusaError } from "@medusajs/framework/utils"
import type { ErasureRequest } from "@helder/schemas"
import { checkPassword } from "../check-password"
import { customerSubject } from "../../../../personal-data/data-subject"
import { readBackendEnv } from "../../../../lib/env"
import { requestErasureWorkflow } from "../../../../workflows/erasure/request-erasure"

/**
 * POST /store/account/erasure — "Verwijder mijn account". The password is asked again; the erasure runs
 * after the undo window, login is blocked until then and the undo link is mailed.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<ErasureRequest>,
  res: MedusaResponse<Sent<ErasureScheduledAnswer>>,
) {
  const customerId = req.auth_context.actor_id
  const subject = await customerSubject(req.scope, customerId)
  if (!subject) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Customer not found")
  if (!(await checkPassword(req, subject.email, req.validatedBody.password))) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "The password is wrong.")
  }
  const { result } = await requestErasureWorkflow(req.scope).run({
    input: {
      customer_id: customerId,
      email: subject.email,
      locale: req.validatedBody.locale,
      storefront_url: readBackendEnv().STOREFRONT_URL,
    },
  })
  res.status(202).json({ request_id: result.id, scheduled_for: result.scheduled_for })
}
