import { z } from "zod"

/**
 * The backend tells the storefront which cached catalog data changed: a POST to /api/revalidate with
 * the tags, signed with the secret both apps share (STOREFRONT_SECRET). The signature covers a
 * timestamp, so a captured call stops working after `REVALIDATION_MAX_AGE_SECONDS`.
 */
export const REVALIDATION_HEADER = "x-helder-signature"
export const REVALIDATION_MAX_AGE_SECONDS = 300

/** The storefront's cache tags a change can name: the catalog lists, categories, regions, one product. */
export const revalidationBodySchema = z.strictObject({
  tags: z
    .array(z.union([z.enum(["products", "categories", "regions"]), z.string().regex(/^product:[a-z0-9-]{1,200}$/)]))
    .min(1)
    .max(50),
})
export type RevalidationBody = z.infer<typeof revalidationBodySchema>

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  )
  const signature = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(message))
  return [...new Uint8Array(signature)].map((byte) => byte.toString(16).padStart(2, "0")).join("")
}

/** The header value for a body sent at `timestamp` (Unix seconds): `t=<timestamp>,v1=<HMAC-SHA256 hex>`. */
export async function signRevalidation(secret: string, body: string, timestamp: number): Promise<string> {
  return `t=${timestamp},v1=${await hmacHex(secret, `${timestamp}.${body}`)}`
}

/** Whether a header signs this body with the secret, and was made at most five minutes from `now`. */
export async function verifyRevalidation(
  secret: string,
  body: string,
  header: string | null,
  now: number,
): Promise<boolean> {
  const match = /^t=(\d{10}),v1=([a-f0-9]{64})$/.exec(header ?? "")
  if (!match) return false
  const timestamp = Number(match[1])
  if (Math.abs(now - timestamp) > REVALIDATION_MAX_AGE_SECONDS) return false
  const expected = await hmacHex(secret, `${timestamp}.${body}`)
  // Compared in full, whatever differs where: no early exit for timing to reveal.
  let difference = 0
  for (let i = 0; i < expected.length; i++) difference |= expected.charCodeAt(i) ^ match[2]!.charCodeAt(i)
  return difference === 0
}
