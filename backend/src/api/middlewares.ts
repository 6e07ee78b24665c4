import { defineMiddlewares, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { accountMiddlewares } from "./store/account/middlewares"

/**
 * Customers log in only through /store/account/login (verified e-mail, password policy, sessions);
 * Medusa's own customer auth routes would bypass all of that, so they answer 404.
 */
function notFound(_req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) {
  res.status(404).json({ type: "not_found", message: "Not found" })
}

export default defineMiddlewares({
  routes: [...accountMiddlewares, { matcher: "/auth/customer/*", middlewares: [notFound] }],
})
