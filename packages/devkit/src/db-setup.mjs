// `node packages/devkit/src/db-setup.mjs [--owner you@example.nl]`: for a deployment that migrates
// itself (docker compose). Run as the database owner (DATABASE_URL) after the migrations: creates the
// app role the backend then connects as (APP_DATABASE_PASSWORD), and with --owner makes that staff
// user the shop's owner while it has none. `npm start` and `npm test` do the same by themselves.
import { configuredDatabase } from "./database.mjs"
import { ensureAppRole, ensureOwner } from "./db-roles.cjs"

const settings = configuredDatabase()
if (!settings?.database) throw new Error("set DATABASE_URL to the database owner's URL")
const { database, ...server } = settings
const app = await ensureAppRole(server, database)
console.log(`database role ${app.user} may use ${database}`)
const ownerAt = process.argv.indexOf("--owner")
if (ownerAt > 0) {
  const email = process.argv[ownerAt + 1]
  console.log(
    (await ensureOwner(server, database, email))
      ? `${email} is the shop's owner`
      : `the shop already has an owner (or ${email} is no staff user)`,
  )
}
