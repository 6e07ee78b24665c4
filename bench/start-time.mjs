// `node bench/start-time.mjs`: seconds from `npm start` to a shop that answers, on a fresh clone of
// this repository (cold: build, initdb, migrations, seed) and then again (warm: everything cached).
import { spawn } from "node:child_process"
import { rmSync } from "node:fs"
import { ROOT } from "../packages/devkit/src/paths.mjs"
import { run, waitForHttp } from "../packages/devkit/src/processes.mjs"

const CLONE = "/tmp/helder-start-bench"
const PORTS = { BACKEND_PORT: "9300", STOREFRONT_PORT: "8300", EMBEDDED_PG_PORT: "5436" }

async function timedStart() {
  const started = Date.now()
  const env = { ...process.env, ...PORTS }
  delete env.DATABASE_URL
  const child = spawn("npm", ["start"], { cwd: CLONE, env, stdio: "ignore", detached: true })
  try {
    await waitForHttp(`http://localhost:${PORTS.BACKEND_PORT}/health`, { child, timeoutMs: 900000 })
    await waitForHttp(`http://localhost:${PORTS.STOREFRONT_PORT}/nl`, { child, timeoutMs: 900000 })
    return (Date.now() - started) / 1000
  } finally {
    process.kill(-child.pid, "SIGINT")
    await new Promise((resolve) => child.once("exit", resolve))
  }
}

rmSync(CLONE, { recursive: true, force: true })
await run("git", ["clone", "-q", ROOT, CLONE])
let started = Date.now()
await run("npm", ["ci", "--no-audit", "--no-fund"], { cwd: CLONE, quiet: true })
const install = (Date.now() - started) / 1000
const cold = await timedStart()
const warm = await timedStart()
console.log(`\nnpm ci (fresh clone)            ${install.toFixed(0)} s`)
console.log(`npm start → ready, cold         ${cold.toFixed(0)} s   (build, initdb, migrations, seed)`)
console.log(`npm start → ready, warm         ${warm.toFixed(0)} s   (all cached, seed finds everything)`)
rmSync(CLONE, { recursive: true, force: true })
