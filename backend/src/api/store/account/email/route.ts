import { checkPassword } from "../check-password"
import type { Locale } from "@helder/contract"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { readBackendEnv } from "../../../../lib/env"
import { requestEmailChangeWorkflow } from "../../../../workflows/account/request-email-change"
import { sendMailWorkflow } from "../../../../workflows/mail/send-mail"

type Body = { password: string; new_email: string; locale: Locale }

/**
 * POST /store/account/email — asks to change the login address; only with the current password.
 * The new address gets a confirmation link, or, if it already has an account, a notice instead, so
 * the answer never reveals whether an address is registered.
 */
export async function POST(req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse) {
  const { password, new_email, locale } = req.validatedBody
  const customers = req.scope.resolve(Modules.CUSTOMER)
  const customer = await customers.retrieveCustomer(req.auth_context.actor_id)
  if (!(await checkPassword(req, customer.email, password))) {
    res
      .status(400)
      .json({ type: "invalid_data", message: "password: wrong", issues: [{ path: "password", message: "wrong" }] })
    return
  }
  const { STOREFRONT_URL } = readBackendEnv()
  const taken = await customers.listCustomers({ email: new_email, has_account: true })
  if (taken.length > 0) {
    await sendMailWorkflow(req.scope).run({
      input: {
        to: new_email,
        template: "account-exists",
        locale,
        secrets: { link: `${STOREFRONT_URL}/${locale}/account/login` },
      },
    })
  } else {
    await requestEmailChangeWorkflow(req.scope).run({
      input: { customer_id: customer.id, new_email, locale, storefront_url: STOREFRONT_URL },
    })
  }
  res.status(202).json({ message: "Check the new mailbox to confirm the change." })
}
