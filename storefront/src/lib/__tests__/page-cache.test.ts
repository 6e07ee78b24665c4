import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { gunzipSync } from "node:zlib"
import { createPageCache, isCatalogPageRequest, type RenderedPage } from "../page-cache.cjs"

const RENDER_NONCE = "cmVuZGVyLW5vbmNlLTEyMzQ="

/** A page as Next would render it: the nonce in the policy, on each script and in the payload. */
function page(overrides: Partial<RenderedPage> = {}, text = "Hanglamp Nova"): RenderedPage {
  return {
    status: 200,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": `script-src 'self' 'nonce-${RENDER_NONCE}' 'strict-dynamic'`,
      "x-frame-options": "DENY",
    },
    setCookies: [],
    body: `<html><head><script nonce="${RENDER_NONCE}" src="/_next/a.js"></script></head><body>${text}<script nonce="${RENDER_NONCE}">self.__next_f.push([1,"{\\"nonce\\":\\"${RENDER_NONCE}\\"}"])</script></body></html>`,
    ...overrides,
  }
}

type Setup = { render?: (path: string) => Promise<RenderedPage>; now?: () => number }

/** A promise the test settles itself, so no step waits for a clock. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {}
  const promise = new Promise<T>((settle) => (resolve = settle))
  return { promise, resolve }
}

let server: Server
let base: string
let cache: ReturnType<typeof createPageCache>
let renders: string[]
let arrivals: number
let changed: () => void

/** Resolves once the condition holds; checked after every request that reaches the cache and every render. */
function until(condition: () => boolean) {
  return new Promise<void>((resolve) => {
    const check = () => condition() && resolve()
    const previous = changed
    changed = () => (previous(), check())
    check()
  })
}

async function start({ render, now }: Setup = {}) {
  renders = []
  arrivals = 0
  changed = () => {}
  cache = createPageCache({
    render: async (path) => (renders.push(path), changed(), render ? render(path) : page()),
    ttlMs: 1000,
    ...(now ? { now } : {}),
  })
  server = createServer((req, res) => {
    if (!isCatalogPageRequest(req)) return res.writeHead(418).end()
    // serve() joins or starts the render synchronously, so a counted request is already waiting on it.
    const served = cache.serve(req, res)
    arrivals++
    changed()
    void served.then((done) => done || res.writeHead(299).end("to Next"))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1]

describe("isCatalogPageRequest", () => {
  const request = (url: string, method = "GET", headers: Record<string, string> = {}) => ({ url, method, headers })

  it("takes the home, category and product pages in each language as a first load", () => {
    for (const url of ["/nl", "/en", "/nl/categories/hanglampen", "/en/products/hanglamp-nova-40"])
      expect(isCatalogPageRequest(request(url))).toBe(true)
  })

  it("leaves everything personal, every query, payload request and other method to Next", () => {
    for (const url of [
      "/",
      "/nl/",
      "/nl/cart",
      "/nl/account",
      "/nl/checkout",
      "/nl/search",
      "/nl/order/order_1",
      "/nl/products/x/y",
      "/nl?q=1",
      "/nl/products/Nova",
      "/de/products/nova",
      "/api/revalidate",
    ]) {
      expect(isCatalogPageRequest(request(url))).toBe(false)
    }
    expect(isCatalogPageRequest(request("/nl", "POST"))).toBe(false)
    expect(isCatalogPageRequest(request("/nl", "HEAD"))).toBe(false)
    expect(isCatalogPageRequest(request("/nl", "GET", { rsc: "1" }))).toBe(false)
    expect(isCatalogPageRequest(request("/nl", "GET", { "next-action": "abc" }))).toBe(false)
  })
})

describe("the page cache", () => {
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it("renders a page once for visitors arriving together, then answers from memory with a new nonce each time", async () => {
    // The render finishes only when the test lets it, after all five have arrived: no clock decides.
    const rendered = deferred<RenderedPage>()
    await start({ render: () => rendered.promise })
    const together = Promise.all(Array.from({ length: 5 }, () => fetch(`${base}/nl/products/nova`)))
    await until(() => arrivals === 5)
    expect(renders).toEqual(["/nl/products/nova"])
    rendered.resolve(page())
    const answers = await together
    answers.push(await fetch(`${base}/nl/products/nova`))
    expect(renders).toEqual(["/nl/products/nova"])
    expect(answers.map((a) => a.headers.get("x-helder-page-cache"))).toEqual([
      "miss",
      "miss",
      "miss",
      "miss",
      "miss",
      "hit",
    ])
    const nonces = new Set<string>()
    for (const answer of answers) {
      const nonce = nonceOf(answer.headers.get("content-security-policy"))!
      const html = await answer.text()
      // Each answer's own nonce is on every script and in the payload; the rendering nonce is nowhere.
      expect(html.split(`nonce="${nonce}"`)).toHaveLength(3)
      expect(html).toContain(`\\"nonce\\":\\"${nonce}\\"`)
      expect(html).not.toContain(RENDER_NONCE)
      expect(answer.headers.get("x-frame-options")).toBe("DENY")
      nonces.add(nonce)
    }
    expect(nonces.size).toBe(6)
  })

  it("compresses for browsers that accept gzip", async () => {
    await start()
    const { request } = await import("node:http")
    const body = await new Promise<Buffer>((resolve) =>
      request(`${base}/nl`, { headers: { "accept-encoding": "gzip, br" } }, (res) => {
        expect(res.headers["content-encoding"]).toBe("gzip")
        const chunks: Buffer[] = []
        res.on("data", (chunk: Buffer) => chunks.push(chunk))
        res.on("end", () => resolve(Buffer.concat(chunks)))
      }).end(),
    )
    expect(gunzipSync(body).toString()).toContain("Hanglamp Nova")
  })

  it("forgets every page when the catalog changes, and does not keep a render the change overtook", async () => {
    const held = deferred<RenderedPage>()
    let slow = false
    await start({ render: async () => (slow ? held.promise : page()) })
    await fetch(`${base}/nl`)
    cache.clear()
    expect(cache.size).toBe(0)
    slow = true
    const during = fetch(`${base}/nl`)
    // Wait for the render to start, not for a fixed time: on a busy machine 50 ms was sometimes too short.
    await until(() => renders.length === 2)
    cache.clear()
    held.resolve(page({}, "oud"))
    expect(await (await during).text()).toContain("oud")
    slow = false
    expect(await (await fetch(`${base}/nl`)).text()).toContain("Hanglamp Nova")
    expect(renders).toHaveLength(3)
  })

  it("renders again once an entry is older than its lifetime", async () => {
    let clock = 0
    await start({ now: () => clock })
    await fetch(`${base}/nl`)
    clock = 999
    expect((await fetch(`${base}/nl`)).headers.get("x-helder-page-cache")).toBe("hit")
    clock = 1000
    expect((await fetch(`${base}/nl`)).headers.get("x-helder-page-cache")).toBe("miss")
    expect(renders).toHaveLength(2)
  })

  it("never keeps a page that sets a cookie, lacks a nonce, redirects or is not found", async () => {
    const results: Record<string, RenderedPage> = {
      "/nl/products/cookie": page({ setCookies: ["a=b"] }),
      "/nl/products/plain": page({
        headers: { "content-type": "text/html", "content-security-policy": "script-src 'self'" },
      }),
      "/nl/products/moved": page({ status: 308, headers: { location: "/nl" } }),
      "/nl/products/missing": page({ status: 404 }),
    }
    await start({ render: async (path) => results[path]! })
    for (const path of Object.keys(results)) {
      const first = await fetch(`${base}${path}`, { redirect: "manual" })
      await fetch(`${base}${path}`, { redirect: "manual" })
      // The 404 is answered, with a fresh nonce; the others go to Next.
      if (path.endsWith("missing")) {
        expect(first.status).toBe(404)
        expect(await first.text()).not.toContain(RENDER_NONCE)
      } else expect(first.status).toBe(299)
    }
    expect(renders).toHaveLength(8)
    expect(cache.size).toBe(0)
  })
})
