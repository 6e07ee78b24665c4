import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProfileUpdate } from "@helder/schemas"
import type { AccountAnswer, Sent } from "@helder/contract"
import { updateProfileWorkflow } from "../../../../workflows/account/update-profile"
import { Modules } from "@medusajs/framework/utils"
import { ACCOUNT_MODULE } from "../../../../modules/account"
import type AccountModuleService from "../../../../modules/account/service"
import { addressView } from "../../order-view"

/** GET /store/account/me — the logged-in customer with addresses and Helder's profile fields. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<Sent<AccountAnswer>>) {
  const customer = await req.scope
    .resolve(Modules.CUSTOMER)
    .retrieveCustomer(req.auth_context.actor_id, { relations: ["addresses"] })
  const [profile] = await req.scope
    .resolve<AccountModuleService>(ACCOUNT_MODULE)
    .listAccountProfiles({ customer_id: req.auth_context.actor_id })
  res.json({
    customer: {
      id: customer.id,
      email: customer.email,
      first_name: customer.first_name ?? null,
      last_name: customer.last_name ?? null,
      phone: customer.phone ?? null,
      created_at: customer.created_at,
      addresses: customer.addresses.map((address) => ({
        id: address.id,
        is_default_shipping: address.is_default_shipping,
        ...addressView(address),
      })),
      birth_date: profile?.birth_date ?? null,
      email_verified_at: profile?.email_verified_at ?? null,
    },
  })
}

/** POST /store/account/me — edits name, phone and birth date. E-mail changes need the password (own route). */
export async function POST(req: AuthenticatedMedusaRequest<ProfileUpdate>, res: MedusaResponse<Sent<AccountAnswer>>) {
  await updateProfileWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  await GET(req, res)
}
