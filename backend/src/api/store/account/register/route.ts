import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { Registration } from "@helder/schemas"
import { readBackendEnv } from "../../../../lib/env"
import { registerCustomerWorkflow } from "../../../../workflows/account/register-customer"
import { sendMailWorkflow } from "../../../../workflows/mail/send-mail"

/**
 * POST /store/account/register — creates an unverified account and mails a verification link.
 * The answer is the same whether or not the address already has an account (no account probing);
 * an existing account holder gets a mail instead.
 */
export async function POST(req: MedusaRequest<Registration>, res: MedusaResponse) {
  const input = req.validatedBody
  const { STOREFRONT_URL } = readBackendEnv()
  const existing = await req.scope.resolve(Modules.CUSTOMER).listCustomers({ email: input.email, has_account: true })
  if (existing.length > 0) {
    await sendMailWorkflow(req.scope).run({
      input: {
        to: input.email,
        template: "account-exists",
        locale: input.locale,
        data: {},
        secrets: { link: `${STOREFRONT_URL}/${input.locale}/account/login` },
      },
    })
  } else {
    await registerCustomerWorkflow(req.scope).run({ input: { ...input, storefront_url: STOREFRONT_URL } })
  }
  res.status(202).json({ message: "Check your mailbox to confirm your e-mail address." })
}
