import "server-only"
import { z } from "zod"

const envSchema = z.object({
  MEDUSA_BACKEND_URL: z.url().default("http://localhost:9000"),
  MEDUSA_PUBLISHABLE_KEY: z.string().startsWith("pk_").optional(),
  STOREFRONT_URL: z.url().default("http://localhost:8000"),
  NEXT_PUBLIC_STRIPE_KEY: z.string().startsWith("pk_").optional(),
  /** Shared with the backend: vouches for the shopper's IP address the storefront passes on. */
  STOREFRONT_SECRET: z.string().min(32).optional(),
  /** Reverse proxies in front of the storefront that append to X-Forwarded-For (0: none). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
})

/** The storefront's server-side settings, read and checked once. */
export const config = envSchema.parse(
  // An empty variable (`NEXT_PUBLIC_STRIPE_KEY=` in a compose file) means "not set".
  Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== "")),
)

/** The publishable key, required the moment a store route is called (not at build time). */
export function publishableKey(): string {
  if (!config.MEDUSA_PUBLISHABLE_KEY) {
    throw new Error("MEDUSA_PUBLISHABLE_KEY is not set: start the shop with `npm start`, which wires it in")
  }
  return config.MEDUSA_PUBLISHABLE_KEY
}
