import "server-only"
import { dataMapFromEnv } from "@helder/privacy"

/** The installation's data map, read from the same environment (GA4, Meta pixel, Stripe keys) as the backend's. */
export const dataMap = dataMapFromEnv(process.env)
