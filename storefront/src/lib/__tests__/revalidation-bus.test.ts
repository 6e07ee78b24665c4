import { randomBytes } from "node:crypto"
import { createServer, type Server } from "node:http"
import { connect, createServer as createNetServer, type AddressInfo } from "node:net"
import { REVALIDATION_HEADER, signRevalidation, verifyRevalidation } from "@helder/schemas"
import { createPageCache, isCatalogPageRequest, type RenderedPage } from "../page-cache.cjs"
import { createRevalidationBus, createSharedRevalidation, type RevalidationMessage } from "../revalidation-bus.cjs"

/** The Redis the tests use (npm test starts one when none runs here); pub/sub keeps nothing in it. */
const REDIS_URL = process.env.RETENTION_TEST_REDIS_URL || "redis://127.0.0.1:6379/9"
const SECRET = "s".repeat(40)

const page = (): RenderedPage => ({
  status: 200,
  headers: { "content-type": "text/html", "content-security-policy": "script-src 'nonce-cmVuZGVy'" },
  setCookies: [],
  body: `<html><script nonce="cmVuZGVy"></script>Hanglamp Nova</html>`,
})

/** A storefront instance in miniature, wired as server.cjs is: its page cache and the shared revalidation. */
type Instance = {
  base: string
  pages: ReturnType<typeof createPageCache>
  heard: { message: RevalidationMessage; status: number }[]
  shared: ReturnType<typeof createSharedRevalidation>
  server: Server
}

const running: Instance[] = []

async function instance(redisUrl: string | undefined, channel: string): Promise<Instance> {
  const pages = createPageCache({ render: async () => page() })
  const heard: Instance["heard"] = []
  // As the storefront's /api/revalidate route: checks the signature, and the kept pages go once it accepted.
  const applyHere = async (message: RevalidationMessage) => {
    const ok = await verifyRevalidation(SECRET, message.body, message.signature ?? null, Math.floor(Date.now() / 1000))
    if (ok) pages.clear()
    heard.push({ message, status: ok ? 200 : 401 })
    return { status: ok ? 200 : 401, body: "{}" }
  }
  const shared = createSharedRevalidation({ redisUrl, applyHere, channel, secret: SECRET, log: () => {} })
  const server = createServer(async (req, res) => {
    if (req.method === "POST") {
      let body = ""
      for await (const chunk of req) body += chunk
      const signature = req.headers[REVALIDATION_HEADER] as string | undefined
      const answer = await shared.accept({ body, signature })
      return res.writeHead(answer.status).end(answer.body)
    }
    if (!isCatalogPageRequest(req) || !(await pages.serve(req, res))) res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const made = { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pages, heard, shared, server }
  running.push(made)
  return made
}

/** Resolves once the condition holds, polled (no clock decides the outcome). */
async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10))
}

const view = (at: Instance, path = "/nl") => fetch(at.base + path).then((r) => r.headers.get("x-helder-page-cache"))

async function revalidate(at: Instance, tags: string[], secret = SECRET) {
  const body = JSON.stringify({ tags })
  const signature = await signRevalidation(secret, body, Math.floor(Date.now() / 1000))
  const response = await fetch(`${at.base}/api/revalidate`, {
    method: "POST",
    headers: { [REVALIDATION_HEADER]: signature },
    body,
  })
  return { status: response.status, body, signature }
}

afterEach(async () => {
  for (const at of running.splice(0)) {
    at.shared.close()
    await new Promise((resolve) => at.server.close(resolve))
  }
})

describe("shared revalidation over Redis", () => {
  it("a revalidation accepted by one instance empties the other instance's page cache", async () => {
    const channel = `helder-test-${randomBytes(6).toString("hex")}`
    const [a, b] = [await instance(REDIS_URL, channel), await instance(REDIS_URL, channel)]
    await until(() => a!.shared.ready && b!.shared.ready)
    for (const at of [a!, b!]) {
      expect(await view(at)).toBe("miss")
      expect(await view(at)).toBe("hit")
      expect(await view(at, "/en")).toBe("miss")
    }
    expect([a!.pages.size, b!.pages.size]).toEqual([2, 2])

    const sent = await revalidate(a!, ["products"])
    expect(sent.status).toBe(200)
    expect(a!.pages.size).toBe(0)
    await until(() => b!.pages.size === 0)
    expect(b!.heard).toEqual([{ message: { body: sent.body, signature: sent.signature }, status: 200 }])
    expect(await view(b!)).toBe("miss")
    // The instance that accepted it applied it once, itself: it does not hear its own message.
    expect(a!.heard).toHaveLength(1)
  })

  it("passes on only what the instance accepted, and every instance checks the signature again", async () => {
    const channel = `helder-test-${randomBytes(6).toString("hex")}`
    const [a, b] = [await instance(REDIS_URL, channel), await instance(REDIS_URL, channel)]
    await until(() => a!.shared.ready && b!.shared.ready)
    await view(b!)

    expect((await revalidate(a!, ["products"], "x".repeat(40))).status).toBe(401)
    // Someone who can write to Redis but lacks the secret cannot empty a cache either.
    const stranger = createRevalidationBus({ redisUrl: REDIS_URL, channel, onMessage: () => {} })
    // Signed now, so only the missing secret (not an old timestamp) can be what refuses it.
    const now = Math.floor(Date.now() / 1000)
    const forged = { body: JSON.stringify({ tags: ["products"] }), signature: `t=${now},v1=${"0".repeat(64)}` }
    expect(await stranger.publish(forged)).toBeGreaterThanOrEqual(1)
    stranger.close()
    await until(() => b!.heard.length === 1)
    expect(b!.heard).toEqual([{ message: forged, status: 401 }])
    expect(b!.pages.size).toBe(1)

    const sent = await revalidate(a!, ["categories"])
    await until(() => b!.pages.size === 0)
    // The refused call at a never reached b: b heard the forged message and then the accepted one only.
    expect(b!.heard.map((h) => h.message.body)).toEqual([forged.body, sent.body])
  })
})

/** Sends one inline command to the test Redis and answers its reply as text (a status, number or bulk string). */
async function redisCommand(command: string): Promise<string> {
  const url = new URL(REDIS_URL)
  const socket = connect(Number(url.port || 6379), url.hostname)
  let reply = ""
  try {
    return await new Promise<string>((resolve, reject) => {
      socket.on("error", reject)
      socket.on("data", (chunk) => {
        reply += chunk
        const bulk = /^\$(\d+)\r\n/.exec(reply)
        if (bulk ? reply.length >= bulk[0].length + Number(bulk[1]) + 2 : reply.endsWith("\r\n")) resolve(reply)
      })
      socket.write(`${command}\r\n`)
    })
  } finally {
    socket.destroy()
  }
}

describe("a subscription that was cut", () => {
  it("revalidates the whole catalog on the instance once it is subscribed again: it may have missed a call", async () => {
    const channel = `helder-test-${randomBytes(6).toString("hex")}`
    const a = await instance(REDIS_URL, channel)
    await until(() => a.shared.ready)
    await view(a)
    expect(a.pages.size).toBe(1)
    // The link to Redis breaks (as a Redis restart or a network cut would): Redis drops the subscriber.
    const ids = [...(await redisCommand("CLIENT LIST")).matchAll(/id=(\d+) .*name=helder-storefront-revalidation-/g)]
    expect(ids).toHaveLength(1)
    expect(await redisCommand(`CLIENT KILL ID ${ids[0]![1]}`)).toBe(":1\r\n")
    await until(() => a.heard.length === 1)
    expect({ tags: JSON.parse(a.heard[0]!.message.body).tags, status: a.heard[0]!.status }).toEqual({
      tags: ["products", "categories", "regions"],
      status: 200,
    })
    expect(a.pages.size).toBe(0)
  })
})

describe("revalidation without Redis", () => {
  it("empties the instance's own cache and passes nothing on", async () => {
    const a = await instance(undefined, "unused")
    expect(a.shared.ready).toBe(true)
    await view(a)
    expect(a.pages.size).toBe(1)
    expect((await revalidate(a, ["products"])).status).toBe(200)
    expect(a.pages.size).toBe(0)
  })
})

describe("revalidation with a Redis that does not answer", () => {
  it("gives up passing a call on instead of holding it open", async () => {
    // A server that takes the connection and never replies, as a Redis behind a broken link would.
    const silent = createNetServer((socket) => socket.on("data", () => {}))
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve))
    const { port } = silent.address() as AddressInfo
    const bus = createRevalidationBus({ redisUrl: `redis://127.0.0.1:${port}`, channel: "unused", onMessage: () => {} })
    await expect(bus.publish({ body: "{}", signature: "t=0,v1=0" })).rejects.toThrow(/did not answer/)
    bus.close()
    silent.close()
  })
})
