// Container entry for the storefront (docker-compose): waits until the backend has seeded its publishable key, reads it
// from the database, and starts the storefront (storefront/server.cjs) with it — no key copied by hand.
import { configuredDatabase } from "./database.mjs"
import { launch, stopAll } from "./processes.mjs"
import { publishableKey } from "./shop.mjs"
import { STOREFRONT_DIR } from "./paths.mjs"

const settings = configuredDatabase()
if (!settings?.database) {
  console.error("serve-storefront: DATABASE_URL with a database name is required to look up the publishable key")
  process.exit(1)
}

async function waitForKey() {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      return await publishableKey(settings, settings.database)
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 2000))
    }
  }
  throw new Error("no publishable key appeared within 4 minutes: is the backend seeding?")
}

const key = await waitForKey()
const port = process.env.PORT ?? "8000"
const child = launch("storefront", "node", ["server.cjs"], {
  cwd: STOREFRONT_DIR,
  env: { MEDUSA_PUBLISHABLE_KEY: key, NODE_ENV: "production", PORT: port, STOREFRONT_HOST: "0.0.0.0" },
  onLine: (line) => console.log(line),
})
child.on("exit", (code) => process.exit(code ?? 1))
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll().then(() => process.exit(0)))
