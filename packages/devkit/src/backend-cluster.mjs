// Starts the built backend (run it from backend/.medusa/server): one `medusa start` process, or with
// REDIS_URL a cluster of HTTP server processes sharing the port plus worker processes for subscribers and
// jobs. Used by `npm start`, the tests, the benchmarks and the container.
//
// Not `medusa start --cluster`: in Medusa 2.21 its worker processes listen on the shared port too and
// answer every API call routed to them with a 404 (they load no routes), and a process that dies is
// replaced by one that never starts (the replacement is never told its mode).
import cluster from "node:cluster"
import { realpathSync } from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

/** The cluster's shape from the environment; throws with the reason when it cannot run. */
export function clusterPlan(env = process.env, cpus = os.availableParallelism()) {
  const asked = ["BACKEND_SERVERS", "BACKEND_WORKERS"].filter((name) => env[name] !== undefined && env[name] !== "")
  const count = (name, fallback) => {
    if (!asked.includes(name)) return fallback
    const value = Number(env[name])
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, not "${env[name]}"`)
    return value
  }
  const memory = env.BACKEND_MAX_MEMORY_MB
  if (memory !== undefined && memory !== "" && !(Number.isInteger(Number(memory)) && Number(memory) >= 256))
    throw new Error(`BACKEND_MAX_MEMORY_MB must be a whole number of megabytes ≥ 256, not "${memory}"`)
  const maxMemoryMb = memory ? Number(memory) : null
  if (!env.REDIS_URL) {
    if (asked.length > 0)
      throw new Error(
        `cluster mode (${asked.join(", ")}) needs REDIS_URL: without Redis every process would keep its own ` +
          "event bus, workflow engine, locks and cache, so events and locks would not reach the other processes",
      )
    return { servers: 1, workers: 0, maxMemoryMb }
  }
  const workers = count("BACKEND_WORKERS", 1)
  const servers = count("BACKEND_SERVERS", Math.max(1, cpus - workers))
  if (servers < 1) throw new Error("BACKEND_SERVERS must be at least 1: someone has to answer HTTP")
  return { servers, workers, maxMemoryMb }
}

/** Replacements that fail to start in a row before the cluster gives up. */
export const RESTART_ATTEMPTS = 6

/**
 * What to do when a process exits. One of the first processes that never listened means the set-up is
 * wrong (configuration, database): stop with an error. A process that ran is replaced at once; a
 * replacement that dies before listening (the database restarting, say) is tried again after 1, 2, 4 …
 * 30 seconds, and after RESTART_ATTEMPTS such failures in a row the cluster stops.
 */
export function afterExit({ initial, listened, failures }) {
  if (listened) return { action: "replace", delayMs: 0, failures: 0 }
  if (initial) return { action: "stop" }
  if (failures + 1 >= RESTART_ATTEMPTS) return { action: "stop" }
  return { action: "replace", delayMs: Math.min(30_000, 1000 * 2 ** failures), failures: failures + 1 }
}

/** Each process's mode: servers only serve while workers exist, otherwise they also run the background work. */
function roles({ servers, workers }) {
  const serverMode = workers > 0 ? "server" : "shared"
  return [...Array(servers).fill(serverMode), ...Array(workers).fill("worker")]
}

function main() {
  let plan
  try {
    plan = clusterPlan()
  } catch (error) {
    console.error(`Helder backend: refusing to start: ${error.message}`)
    process.exit(1)
  }
  // Medusa's CLI as the project in this folder finds it (the workspace root's node_modules).
  const medusa = createRequire(path.join(process.cwd(), "package.json")).resolve("@medusajs/cli/cli.js")
  // A process whose heap outgrows BACKEND_MAX_MEMORY_MB dies and is replaced, instead of taking the machine's memory.
  const execArgv = plan.maxMemoryMb ? [`--max-old-space-size=${plan.maxMemoryMb}`] : []
  cluster.setupPrimary({ exec: medusa, args: ["start"], execArgv: [...process.execArgv, ...execArgv] })
  console.log(`Helder backend: ${plan.servers} server process(es) and ${plan.workers} worker(s)`)
  let stopping = false
  /** Replacements of each mode that died before listening, in a row. */
  const failures = { server: 0, shared: 0, worker: 0 }

  /** Forks one process, and decides with `afterExit` what happens when it exits. */
  function fork(mode, initial) {
    // Workers serve only /health: on a port of their own, so no API call is ever routed to them.
    const child = cluster.fork({ MEDUSA_WORKER_MODE: mode, ...(mode === "worker" ? { PORT: "0" } : {}) })
    let listened = false
    child.on("listening", () => {
      listened = true
      failures[mode] = 0
    })
    child.on("exit", (code, signal) => {
      if (stopping) return
      const next = afterExit({ initial, listened, failures: failures[mode] })
      const how = signal ?? code
      if (next.action === "stop") {
        console.error(`Helder backend: a ${mode} process stopped before it started (${how}); stopping`)
        return stop(1)
      }
      failures[mode] = next.failures
      const when = next.delayMs ? ` in ${next.delayMs / 1000} s` : ""
      console.error(`Helder backend: a ${mode} process stopped (${how}); starting another${when}`)
      setTimeout(() => stopping || fork(mode, false), next.delayMs)
    })
  }

  function stop(code) {
    stopping = true
    const running = Object.values(cluster.workers ?? {})
    if (running.length === 0) process.exit(code)
    for (const child of running) child.process.kill("SIGTERM")
    cluster.on("exit", () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(code))
  }

  process.on("SIGTERM", () => stop(0))
  process.on("SIGINT", () => stop(0))
  for (const mode of roles(plan)) fork(mode, true)
}

// Run as a script (not imported): compared as real paths, so a symlink or a space in the path still starts it.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) main()
