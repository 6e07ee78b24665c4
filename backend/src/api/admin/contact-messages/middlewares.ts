import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { contactMessageListQuerySchema } from "./validators"

/** Parses the list query into req.validatedQuery; 400 naming the parameter on bad input. */
function validateQuery(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = contactMessageListQuerySchema.safeParse(req.query)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    res.status(400).json({ type: "invalid_data", message: `${issue?.path.join(".") || "query"}: ${issue?.message ?? "invalid"}` })
    return
  }
  req.validatedQuery = parsed.data
  next()
}

/** Staff read contact messages and mark them answered (Medusa authenticates every /admin route). */
export const adminContactMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/contact-messages", middlewares: [validateQuery] },
]
