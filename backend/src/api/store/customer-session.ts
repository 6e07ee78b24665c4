import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { authenticate } from "@medusajs/framework/http"
import { ACCOUNT_MODULE } from "../../modules/account"
import type AccountModuleService from "../../modules/account/service"
import { hashSecret } from "../../lib/tokens"
import { HEADERS } from "@helder/contract"

/** The header the storefront sends the session secret in, next to the bearer token. */
export const SESSION_HEADER = HEADERS.session

const authenticateCustomer = authenticate("customer", ["bearer"])
const authenticateIfCustomer = authenticate("customer", ["bearer"], { allowUnauthenticated: true })

/** The live session a request's secret belongs to, if it belongs to this customer. */
export async function findSession(req: AuthenticatedMedusaRequest, customerId: string) {
  const secret = req.headers[SESSION_HEADER]
  if (typeof secret !== "string" || secret.length < 20) return null
  const account: AccountModuleService = req.scope.resolve(ACCOUNT_MODULE)
  const [session] = await account.listCustomerSessions({
    secret_hash: hashSecret(secret),
    customer_id: customerId,
    revoked_at: null,
  })
  if (!session || new Date(session.expires_at) <= new Date()) return null
  return session
}

/**
 * A customer's bearer token alone is not enough: it must come with the secret of a session that is
 * still open. Logging out revokes the session, so a copied token stops working at once.
 */
export function requireCustomerSession() {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    await authenticateCustomer(req, res, async (error?: unknown) => {
      if (error) return next(error)
      try {
        // The surface guard, which runs first on every store route, found this customer's session already.
        const session = req.helderSessionId
          ? { id: req.helderSessionId }
          : await findSession(req, req.auth_context.actor_id)
        if (!session) {
          res.status(401).json({ type: "unauthorized", message: "Your session has ended. Please log in again." })
          return
        }
        req.helderSessionId = session.id
        next()
      } catch (sessionError) {
        next(sessionError)
      }
    })
  }
}

/**
 * For routes anyone may call that also note who is logged in (a consent choice): sets req.helderCustomerId when a
 * bearer token comes with a live session, and otherwise lets the request through as anonymous.
 */
export function optionalCustomerSession() {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    await authenticateIfCustomer(req, res, async (error?: unknown) => {
      if (error) return next(error)
      try {
        const customerId = req.auth_context?.actor_id
        if (customerId && (await findSession(req, customerId))) req.helderCustomerId = customerId
        next()
      } catch (sessionError) {
        next(sessionError)
      }
    })
  }
}

declare module "@medusajs/framework/http" {
  interface MedusaRequest {
    /** Set by requireCustomerSession: the id of the session the request came with. */
    helderSessionId?: string
    /** Set by optionalCustomerSession: the logged-in customer, when there is one. */
    helderCustomerId?: string
  }
}
