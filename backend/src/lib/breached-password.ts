import { createHash } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readBackendEnv } from "./env"
import { errorLabel } from "./error-label"

/** How long the range API may take before the password is judged without it. */
const TIMEOUT_MS = 3000

/**
 * Whether a password is in the Pwned Passwords list, asked by k-anonymity: only the first five hex
 * characters of its SHA-1 are sent, the answer lists every known suffix under that prefix (padded, so
 * its size tells nothing) and the match is made here. Throws when the API cannot be reached or
 * answers an error.
 */
export async function isBreachedPassword(password: string, rangeApi: string): Promise<boolean> {
  const hash = createHash("sha1").update(password, "utf8").digest("hex").toUpperCase()
  const response = await fetch(
    new URL(`range/${hash.slice(0, 5)}`, rangeApi.endsWith("/") ? rangeApi : `${rangeApi}/`),
    {
      headers: { "Add-Padding": "true", "user-agent": "Helder webshop password check" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    },
  )
  if (!response.ok) throw new Error(`the range API answered ${response.status}`)
  const suffix = hash.slice(5)
  return (await response.text()).split(/\r?\n/).some((line) => {
    const [candidate, count] = line.trim().split(":")
    return candidate === suffix && Number(count) > 0
  })
}

/**
 * Refuses (400, code `breached`) a new password found in the breach list and answers true; false when
 * it is not, or when no range API is configured or it cannot be reached: the password is then judged
 * by the shop's own policy alone (packages/schemas/src/password.ts).
 */
export async function refusedAsBreached(req: MedusaRequest, res: MedusaResponse, password: string): Promise<boolean> {
  const rangeApi = readBackendEnv().PWNED_PASSWORDS_URL
  if (!rangeApi) return false
  const breached = await isBreachedPassword(password, rangeApi).catch((error: unknown) => {
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Pwned Passwords check skipped (${errorLabel(error)})`)
    return false
  })
  if (breached)
    res.status(400).json({
      type: "invalid_data",
      message: "password: breached",
      issues: [{ path: "password", message: "breached" }],
    })
  return breached
}

/** Middleware after a body's validation: the breach check of its `password`, for customers and staff alike. */
export function refuseBreachedPassword() {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const password = (req.validatedBody as { password?: unknown } | undefined)?.password
    if (typeof password === "string" && (await refusedAsBreached(req, res, password))) return
    next()
  }
}
