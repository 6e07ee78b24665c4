import { checkPassword } from "../check-password"
import type { Locale } from "@helder/contract"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { passwordProblem } from "@helder/schemas"
import { changePasswordWorkflow } from "../../../../workflows/account/change-password"

type Body = { current_password: string; password: string; locale: Locale }

/** POST /store/account/password — changes the password after checking the current one; other sessions end. */
export async function POST(req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse) {
  const { current_password, password, locale } = req.validatedBody
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.auth_context.actor_id)
  if (!(await checkPassword(req, customer.email, current_password))) {
    res.status(400).json({
      type: "invalid_data",
      message: "current_password: wrong",
      issues: [{ path: "current_password", message: "wrong" }],
    })
    return
  }
  const problem = passwordProblem(password, { email: customer.email, names: [customer.first_name, customer.last_name] })
  if (problem) {
    res
      .status(400)
      .json({ type: "invalid_data", message: `password: ${problem}`, issues: [{ path: "password", message: problem }] })
    return
  }
  await changePasswordWorkflow(req.scope).run({
    input: { customer_id: customer.id, email: customer.email, password, locale, keep_session_id: req.helderSessionId },
  })
  res.json({ changed: true })
}
