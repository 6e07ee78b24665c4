import { integrationsFromEnv } from "./integrations"
import { buildDataMap } from "./map"

export * from "./types"
export * from "./integrations"
export * from "./map"
export * from "./policy"
export * from "./editions"
export * from "./banner"
export * from "./hash"
export * from "./cookie-names"
export { DATA_CATEGORIES } from "./data-categories"
export { RETENTION_RULES } from "./retention-rules"
export { POLICY_VERSIONS } from "./policy-versions"

/** The data map of the installation whose environment this is (both apps call it with process.env). */
export function dataMapFromEnv(env: Record<string, string | undefined>) {
  return buildDataMap(integrationsFromEnv(env))
}
export * from "./consent"
export * from "./analytics"
export * from "./data-export"
export * from "./retention"
export * from "./schema-inventory"
export * from "./redis-keyspace"
export * from "./promises"
export * from "./staff-roles"
