import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
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
  const [profile] = await req.scope.resolve<AccountModuleService>(ACCOUNT_MODULE).listAccountProfiles({ customer_id: req.auth_context.actor_id })
  res.json({ customer: { ...data[0], birth_date: profile?.birth_date ?? null, email_verified_at: profile?.email_verified_at ?? null } })
}
