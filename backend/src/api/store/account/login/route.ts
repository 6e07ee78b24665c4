import { checkPassword } from "../check-password"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, generateJwtToken, MedusaError } from "@medusajs/framework/utils"
import { ACCOUNT_MODULE } from "../../../../modules/account"
import type AccountModuleService from "../../../../modules/account/service"
import { logInCustomerWorkflow } from "../../../../workflows/account/log-in-customer"
import { SESSION_TTL_DAYS } from "../../../../modules/account/session-term"
import { PRIVACY_REQUEST_MODULE } from "../../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../../modules/privacy-request/service"

const WRONG = "E-mail address or password is wrong."

/**
 * POST /store/account/login — checks the password, requires a verified e-mail address, and opens a
 * server-side session. Returns a bearer token and the session secret; both are needed afterwards.
 */
export async function POST(req: MedusaRequest<{ email: string; password: string }>, res: MedusaResponse) {
  const { email, password } = req.validatedBody
  const authIdentity = await checkPassword(req, email, password)
  const customerId = authIdentity?.app_metadata?.customer_id
  if (!authIdentity || typeof customerId !== "string") throw new MedusaError(MedusaError.Types.UNAUTHORIZED, WRONG)

  if (await req.scope.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE).erasurePending(customerId)) {
    res.status(403).json({
      type: "erasure_pending",
      message: "This account is being deleted. To keep it, use the undo link in the e-mail we sent you.",
    })
    return
  }
  const account: AccountModuleService = req.scope.resolve(ACCOUNT_MODULE)
  const [profile] = await account.listAccountProfiles({ customer_id: customerId })
  if (!profile?.email_verified_at) {
    res
      .status(403)
      .json({ type: "not_verified", message: "Confirm your e-mail address first: use the link we mailed you." })
    return
  }

  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const token = generateJwtToken(
    {
      actor_id: customerId,
      actor_type: "customer",
      auth_identity_id: authIdentity.id,
      app_metadata: { customer_id: customerId },
      user_metadata: {},
    },
    { secret: http.jwtSecret, expiresIn: `${SESSION_TTL_DAYS}d` },
  )
  const { result: session } = await logInCustomerWorkflow(req.scope).run({ input: customerId })
  res.json({ token, session: session.secret, expires_at: session.expires_at })
}
