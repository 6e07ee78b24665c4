import type { ConfigModule } from "@medusajs/framework/types"

/** Loads medusa-config.ts afresh with the given environment (for tests of the configuration). */
export function loadConfig(env: Record<string, string>): ConfigModule {
  const saved = { ...process.env }
  Object.assign(process.env, { DATABASE_URL: "postgres://localhost/helder", ...env })
  try {
    let config: ConfigModule | undefined
    jest.isolateModules(() => {
      config = require("../../../medusa-config").default
    })
    if (!config) throw new Error("medusa-config exported nothing")
    return config
  } finally {
    process.env = saved
  }
}
