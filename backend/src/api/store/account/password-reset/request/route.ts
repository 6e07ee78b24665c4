import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Locale } from "@helder/contract"
import { Modules } from "@medusajs/framework/utils"
import { readBackendEnv } from "../../../../../lib/env"
import { requestPasswordResetWorkflow } from "../../../../../workflows/account/request-password-reset"

/**
 * POST /store/account/password-reset/request — mails a reset link when the address has an account.
 * The answer is always the same, so the form cannot be used to find out who has an account.
 */
export async function POST(req: MedusaRequest<{ email: string; locale: Locale }>, res: MedusaResponse) {
  const { email, locale } = req.validatedBody
  const [customer] = await req.scope.resolve(Modules.CUSTOMER).listCustomers({ email, has_account: true })
  if (customer) {
    await requestPasswordResetWorkflow(req.scope).run({
      input: { customer_id: customer.id, email, locale, storefront_url: readBackendEnv().STOREFRONT_URL },
    })
  }
  res.status(202).json({ message: "If this address has an account, a link to set a new password is on its way." })
}
