import type { MedusaRequest } from "@medusajs/framework/http"
import type { AuthIdentityDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Checks an e-mail and password with Medusa's emailpass provider; the login identity when they match. */
export async function checkPassword(
  req: MedusaRequest,
  email: string,
  password: string,
): Promise<AuthIdentityDTO | null> {
  const { success, authIdentity } = await req.scope.resolve(Modules.AUTH).authenticate("emailpass", {
    body: { email, password },
    headers: {},
    query: {},
    url: req.url,
    protocol: req.protocol,
  })
  return success && authIdentity ? authIdentity : null
}
