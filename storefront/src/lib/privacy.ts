import "server-only"
import { buildDataMap, integrationsFromEnv } from "@helder/privacy"

/** The optional services switched on here (GA4, Meta pixel, Stripe), from the same environment as the backend's. */
export const integrations = integrationsFromEnv(process.env)

/** The installation's data map. */
export const dataMap = buildDataMap(integrations)
