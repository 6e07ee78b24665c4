import { existsSync } from "node:fs"
import net from "node:net"
import { launch, run } from "./processes.mjs"

const DEFAULT_PORT = 6379
const OWN_PORT = 6390

/** Whether something accepts TCP connections on 127.0.0.1:port. */
function answers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => (socket.end(), resolve(true)))
    socket.on("error", () => resolve(false))
    socket.setTimeout(1000, () => (socket.destroy(), resolve(false)))
  })
}

/**
 * A Redis for the integration suites that need one (two worker processes, cluster mode, the caches):
 * RETENTION_TEST_REDIS_URL, else the one on 127.0.0.1:6379, else a private redis-server without persistence
 * (installed with apt when running as root and missing); stopAll() ends it. Each suite uses a database
 * number of its own and empties it (backend/integration-tests/http/redis.ts); the benchmarks ask for another.
 */
export async function testRedis({ database = 9 } = {}) {
  if (process.env.RETENTION_TEST_REDIS_URL) return process.env.RETENTION_TEST_REDIS_URL
  if (await answers(DEFAULT_PORT)) return `redis://127.0.0.1:${DEFAULT_PORT}/${database}`
  const server = "/usr/bin/redis-server"
  if (!existsSync(server) && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("Helder tests: installing Debian's redis-server package for the two-worker test…")
    await run("apt-get", ["update", "-qq"], { quiet: true })
    await run("apt-get", ["install", "-y", "-qq", "redis-server"], {
      quiet: true,
      env: { DEBIAN_FRONTEND: "noninteractive" },
    })
  }
  if (!existsSync(server))
    throw new Error(
      "npm test needs Redis for one test: run one on 127.0.0.1:6379, set RETENTION_TEST_REDIS_URL, or install redis-server",
    )
  launch("redis", server, ["--port", String(OWN_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    onLine: () => {},
  })
  for (let i = 0; i < 50 && !(await answers(OWN_PORT)); i++) await new Promise((resolve) => setTimeout(resolve, 100))
  return `redis://127.0.0.1:${OWN_PORT}/${database}`
}

/** Empties the database a redis:// URL names (FLUSHDB), so a run starts without an earlier run's cache. */
export function emptyRedisDatabase(url) {
  const { hostname, port, pathname } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port || DEFAULT_PORT) }, () =>
      socket.write(`SELECT ${pathname.slice(1) || 0}\r\nFLUSHDB\r\n`),
    )
    let replies = ""
    socket.on("data", (chunk) => {
      replies += chunk
      if (replies.split("\r\n").length < 3) return
      socket.end()
      if (replies.startsWith("+OK\r\n+OK")) resolve()
      else reject(new Error(`Redis at ${hostname}:${port} refused to empty the database: ${replies.trim()}`))
    })
    socket.on("error", reject)
  })
}
