import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { emailSchema, STORE_FIELDS } from "@helder/schemas"
import { keepCartGuestWorkflow } from "../../../workflows/checkout/keep-cart-guest"

/** The e-mail address a body sets, when it is a valid one (Medusa's own validation reports the rest). */
function emailIn(body: unknown): string | null {
  const parsed = emailSchema.safeParse((body as { email?: unknown } | undefined)?.email)
  return parsed.success ? parsed.data : null
}

/**
 * Without the customer's own session (the surface guard has already refused a token without one), an
 * e-mail address set on a cart makes it a guest cart. A guest order for an account's address can
 * join the account later through the verified claim at login.
 */
async function keepGuestCartsGuest(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const email = emailIn(req.body)
  if (!email || req.auth_context?.actor_id) return next()
  const [cart] = await req.scope
    .resolve(Modules.CART)
    .listCarts({ id: req.params.id }, { select: ["id", "customer_id"] })
  if (cart && !cart.customer_id) await keepCartGuestWorkflow(req.scope).run({ input: { cart_id: cart.id, email } })
  next()
}

/** A new cart gets its e-mail address in a second call, where it stays a guest's (above). */
function refuseEmailOnCreate(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (emailIn(req.body) && !req.auth_context?.actor_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Set the cart's e-mail address with POST /store/carts/:id once the cart exists.",
    )
  }
  next()
}

/**
 * Completing a cart again (the storefront retries; so could anyone who learnt the id) answers only the
 * order's id: the order itself is for the shopper who placed it, at that moment.
 */
async function replayAnswersIdOnly(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const [cart] = await req.scope
    .resolve(Modules.CART)
    .listCarts({ id: req.params.id }, { select: ["id", "completed_at"] })
  if (cart?.completed_at) {
    req.query.fields = STORE_FIELDS.id
    if (req.queryConfig) req.queryConfig.fields = [STORE_FIELDS.id]
  }
  next()
}

export const cartMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts", middlewares: [refuseEmailOnCreate] },
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [keepGuestCartsGuest] },
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [replayAnswersIdOnly] },
]
