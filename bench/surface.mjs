// `npm run bench:surface`: how many routes the backend serves, by how they may be called (the surface
// table, backend/src/api/surface/routes.ts, as compiled by the backend build).
import { existsSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { BACKEND_SERVER_DIR } from "../packages/devkit/src/paths.mjs"
import { turbo } from "../packages/devkit/src/turbo.mjs"

const compiled = path.join(BACKEND_SERVER_DIR, "src", "api", "surface", "routes.js")
if (!existsSync(compiled)) await turbo(["run", "build", "--filter=@helder/backend", "--output-logs=errors-only"])
const { SURFACE } = createRequire(import.meta.url)(compiled)

const counts = new Map()
for (const [key, exposure] of Object.entries(SURFACE)) {
  const prefix = key.split(" ")[1].split("/")[1]
  const row = `${exposure.kind}`.padEnd(12) + ` /${prefix}`
  counts.set(row, (counts.get(row) ?? 0) + 1)
}
console.log(`Routes by exposure (${Object.keys(SURFACE).length} in all)`)
for (const [row, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${row}`)
