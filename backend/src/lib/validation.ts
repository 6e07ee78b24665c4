import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

/** For routes that take no body or no query: anything sent along is a mistake worth a 400. */
export const NOTHING = z.object({}).strict()

/** One problem with a request body: where it is and what is wrong. */
export type Issue = { path: string; message: string }

/**
 * Validates the body with a zod schema into req.validatedBody. On failure: 400 with every problem
 * named by its field (`password: too_short`), so clients can put each message next to its input.
 */
export function validateBody(schema: z.ZodType, { replaceBody = false } = {}) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    // No body at all counts as an empty object; a literal `null` is a malformed body like any other.
    const parsed = schema.safeParse(req.body === undefined ? {} : req.body)
    if (!parsed.success) return invalid(res, parsed.error, "body")
    req.validatedBody = parsed.data
    // In front of a core route, hand it the normalised body (e.g. "7311 AB" for "7311ab").
    if (replaceBody) req.body = parsed.data
    next()
  }
}

/** Validates the query string into req.validatedQuery; 400 naming each bad parameter. */
export function validateQuery(schema: z.ZodType) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.query ?? {})
    if (!parsed.success) return invalid(res, parsed.error, "query")
    req.validatedQuery = parsed.data as Record<string, unknown>
    next()
  }
}

function invalid(res: MedusaResponse, error: z.ZodError, where: string) {
  const issues: Issue[] = error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || where,
    message: issue.message,
  }))
  res.status(400).json({
    type: "invalid_data",
    message: issues.map((issue) => `${issue.path}: ${issue.message}`).join("; "),
    issues,
  })
}
