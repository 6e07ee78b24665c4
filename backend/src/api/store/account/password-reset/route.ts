import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Locale } from "@helder/contract"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { passwordProblem } from "@helder/schemas"
import { refusedAsBreached } from "../../../../lib/breached-password"
import { now } from "../../../../lib/clock"
import { hashSecret } from "../../../../lib/tokens"
import { ACCOUNT_MODULE } from "../../../../modules/account"
import type AccountModuleService from "../../../../modules/account/service"
import { changePasswordWorkflow } from "../../../../workflows/account/change-password"

type Body = { token: string; password: string; locale: Locale }

/**
 * POST /store/account/password-reset — sets a new password with a mailed link and ends every session.
 * The policy is checked before the link is spent, so a refused password does not burn the link; the
 * breach list only after the link proved good, so an anonymous caller cannot make the shop ask it.
 */
export async function POST(req: MedusaRequest<Body>, res: MedusaResponse) {
  const { token, password, locale } = req.validatedBody
  const account: AccountModuleService = req.scope.resolve(ACCOUNT_MODULE)
  const [found] = await account.listAccountTokens({
    token_hash: hashSecret(token),
    purpose: "reset_password",
    used_at: null,
  })
  if (!found || new Date(found.expires_at) <= now())
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is invalid or has expired.")
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(found.customer_id)
  const problem = passwordProblem(password, { email: customer.email, names: [customer.first_name, customer.last_name] })
  if (problem) {
    res
      .status(400)
      .json({ type: "invalid_data", message: `password: ${problem}`, issues: [{ path: "password", message: problem }] })
    return
  }
  if (await refusedAsBreached(req, res, password)) return
  await changePasswordWorkflow(req.scope).run({
    input: { customer_id: customer.id, email: customer.email, password, locale, reset_token: token },
  })
  res.json({ changed: true })
}
