import { timingSafeEqual } from "node:crypto"
import type { MedusaRequest } from "@medusajs/framework/http"
import type { BackendEnv } from "./env"
import { HEADERS } from "@helder/contract"

/**
 * The shopper's IP address. Store calls come from the storefront's server, so the storefront passes
 * the shopper's address along; that header counts only with the shared secret, else anyone could
 * pick a fresh address per attempt and slip past the per-IP limits.
 *
 * A call that reaches the backend directly is counted by the address that connected, or, behind
 * `TRUSTED_PROXY_HOPS` reverse proxies, by the entry the outermost of them added to X-Forwarded-For.
 * Entries further left were written by the caller, so they never count (Express's `req.ip`, with
 * Medusa's `trust proxy` of 1, would believe the caller's own header when no proxy is in front).
 */
export function clientIp(
  req: MedusaRequest,
  env: Pick<BackendEnv, "STOREFRONT_SECRET" | "TRUSTED_PROXY_HOPS">,
): string {
  const forwarded = req.headers[HEADERS.clientIp]
  const proof = req.headers[HEADERS.storefrontSecret]
  if (
    env.STOREFRONT_SECRET &&
    typeof forwarded === "string" &&
    typeof proof === "string" &&
    sameSecret(proof, env.STOREFRONT_SECRET)
  ) {
    return forwarded.slice(0, 64)
  }
  const header = req.headers["x-forwarded-for"]
  const chain = [
    ...(typeof header === "string" ? header.split(",").map((part) => part.trim()) : []),
    req.socket.remoteAddress ?? "unknown",
  ]
  return (chain[chain.length - 1 - env.TRUSTED_PROXY_HOPS] ?? chain[0]!).slice(0, 64)
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
