import { timingSafeEqual } from "node:crypto"
import type { MedusaRequest } from "@medusajs/framework/http"

/**
 * The shopper's IP address. Store calls come from the storefront's server, so the storefront passes
 * the shopper's address along; that header counts only with the shared secret, else anyone could
 * pick a fresh address per attempt and slip past the per-IP limits.
 */
export function clientIp(req: MedusaRequest, storefrontSecret: string | undefined): string {
  const forwarded = req.headers["x-helder-client-ip"]
  const proof = req.headers["x-helder-storefront-secret"]
  if (storefrontSecret && typeof forwarded === "string" && typeof proof === "string" && sameSecret(proof, storefrontSecret)) {
    return forwarded.slice(0, 64)
  }
  return req.ip ?? req.socket.remoteAddress ?? "unknown"
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
