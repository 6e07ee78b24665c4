import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** Middleware that closes a route: it answers 404 as if the route did not exist. */
export function notFound(_req: MedusaRequest, res: MedusaResponse, _next: MedusaNextFunction) {
  res.status(404).json({ type: "not_found", message: "Not found" })
}
