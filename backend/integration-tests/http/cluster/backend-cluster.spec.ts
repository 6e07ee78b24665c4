import { spawn, type ChildProcess } from "node:child_process"
import { readFileSync } from "node:fs"
import path from "node:path"
import Redis from "ioredis"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { eventually } from "../helpers"
import { testRedisUrl } from "../redis"

jest.setTimeout(600 * 1000)

const BACKEND = path.resolve(__dirname, "../../..")
const CLUSTER = path.resolve(BACKEND, "../packages/devkit/src/backend-cluster.mjs")
/** A Redis database of its own, emptied before and after. */
const REDIS_URL = testRedisUrl(10)
const PORT = 9321

type Child = { process: ChildProcess; output: string[]; exited: Promise<number | null> }

/** Runs the backend's launcher (as `npm start` and the container do) in its own process group. */
function launcher(env: Record<string, string | undefined>): Child {
  const child = spawn("node", [CLUSTER], {
    cwd: BACKEND,
    env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: "info", PORT: String(PORT), ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  const output: string[] = []
  child.stdout!.on("data", (chunk) => output.push(String(chunk)))
  child.stderr!.on("data", (chunk) => output.push(String(chunk)))
  return { process: child, output, exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))) }
}

const kill = (child: Child) => {
  try {
    process.kill(-child.process.pid!, "SIGKILL")
  } catch {
    // already gone
  }
  return child.exited
}

/** The launcher's running processes and the mode each was given, from /proc (Linux). */
function modesOf(primary: number): { pid: number; mode: string }[] {
  const children = readFileSync(`/proc/${primary}/task/${primary}/children`, "utf8").trim().split(/\s+/).filter(Boolean)
  return children.flatMap((pid) => {
    let environ: string[]
    try {
      environ = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0")
    } catch {
      return [] // exited between the two reads
    }
    const mode = environ.find((line) => line.startsWith("MEDUSA_WORKER_MODE="))?.split("=")[1] ?? "?"
    return [{ pid: Number(pid), mode }]
  })
}

const regions = (key: string) =>
  fetch(`http://127.0.0.1:${PORT}/store/regions`, { headers: { "x-publishable-api-key": key } }).then((r) => r.status)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer, dbConfig }) => {
    const children: Child[] = []
    afterEach(async () => {
      await Promise.all(children.splice(0).map(kill))
    })

    it("refuses cluster mode without Redis, with the reason, before any process starts", async () => {
      const child = launcher({ REDIS_URL: undefined, BACKEND_SERVERS: "2", DATABASE_URL: dbConfig.clientUrl })
      children.push(child)
      expect(await child.exited).toBe(1)
      expect(child.output.join("")).toContain("cluster mode (BACKEND_SERVERS) needs REDIS_URL")
      await expect(fetch(`http://127.0.0.1:${PORT}/health`)).rejects.toThrow()
    })

    it("runs two server processes and a worker with Redis: every API call is answered, a dead server is replaced", async () => {
      const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 })
      await redis.connect()
      await redis.flushdb()
      try {
        const [key] = await getContainer()
          .resolve(Modules.API_KEY)
          .createApiKeys([{ title: "cluster test", type: "publishable", created_by: "test" }])
        const child = launcher({
          DATABASE_URL: dbConfig.clientUrl,
          REDIS_URL,
          BACKEND_SERVERS: "2",
          BACKEND_WORKERS: "1",
          // `medusa start` runs in production mode, which wants real secrets and seller details.
          JWT_SECRET: "j".repeat(40),
          COOKIE_SECRET: "c".repeat(40),
          SELLER_KVK: "12345678",
          SELLER_VAT_NUMBER: "NL000099998B57",
          ADMIN_DISABLED: "true",
        })
        children.push(child)
        const ready = () => (child.output.join("").match(/Server is ready/g) ?? []).length >= 3 || undefined
        await eventually(async () => ready(), 300_000).catch((error: Error) => {
          throw new Error(`${error.message}; output:\n${child.output.join("").slice(-4000)}`)
        })
        const modes = modesOf(child.process.pid!)
        expect(modes.map((m) => m.mode).sort()).toEqual(["server", "server", "worker"])
        // A worker loads no routes: if calls reached it, some would answer 404.
        const statuses = await Promise.all(Array.from({ length: 30 }, () => regions(key!.token)))
        expect(new Set(statuses)).toEqual(new Set([200]))

        const victim = modes.find((m) => m.mode === "server")!.pid
        process.kill(victim, "SIGKILL")
        await eventually(async () => {
          const now = modesOf(child.process.pid!)
          const replaced = now.length === 3 && !now.some((m) => m.pid === victim)
          return replaced && (child.output.join("").match(/Server is ready/g) ?? []).length >= 4 ? true : undefined
        }, 300_000)
        expect(
          modesOf(child.process.pid!)
            .map((m) => m.mode)
            .sort(),
        ).toEqual(["server", "server", "worker"])
        const after = await Promise.all(Array.from({ length: 30 }, () => regions(key!.token)))
        expect(new Set(after)).toEqual(new Set([200]))
      } finally {
        await Promise.all(children.splice(0).map(kill))
        await redis.flushdb()
        redis.disconnect()
      }
    })
  },
})
