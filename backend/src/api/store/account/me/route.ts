import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProfileUpdate } from "@helder/schemas"
import { updateProfileWorkflow } from "../../../../workflows/account/update-profile"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ACCOUNT_MODULE } from "../../../../modules/account"
import type AccountModuleService from "../../../../modules/account/service"

/** GET /store/account/me — the logged-in customer with addresses and Helder's profile fields. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name", "phone", "created_at", "addresses.*"],
    filters: { id: req.auth_context.actor_id },
  })
  const [profile] = await req.scope
    .resolve<AccountModuleService>(ACCOUNT_MODULE)
    .listAccountProfiles({ customer_id: req.auth_context.actor_id })
  res.json({
    customer: {
      ...data[0],
      birth_date: profile?.birth_date ?? null,
      email_verified_at: profile?.email_verified_at ?? null,
    },
  })
}

/** POST /store/account/me — edits name, phone and birth date. E-mail changes need the password (own route). */
export async function POST(req: AuthenticatedMedusaRequest<ProfileUpdate>, res: MedusaResponse) {
  await updateProfileWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  await GET(req, res)
}
