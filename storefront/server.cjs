// The storefront in production: Next's request handler behind Node's HTTP server, as `next start`
// runs it, with two additions `next start` cannot make: an X-Forwarded-For the shopper cannot forge
// (src/lib/forwarded-for.cjs), and a cache of the catalog pages that keeps their script nonces fresh
// (src/lib/page-cache.cjs), whose revalidations reach every instance sharing REDIS_URL
// (src/lib/revalidation-bus.cjs). Started by `npm start`, the tests, the benchmarks and the container.
const { randomBytes } = require("node:crypto")
const { createServer } = require("node:http")
const next = require("next")
const { forwardedFor } = require("./src/lib/forwarded-for.cjs")
const { REVALIDATION_HEADER } = require("@helder/schemas")
const { createPageCache, isCatalogPageRequest } = require("./src/lib/page-cache.cjs")
const { createSharedRevalidation } = require("./src/lib/revalidation-bus.cjs")

const port = Number(process.env.PORT || 8000)
// Not HOSTNAME: containers set that to their own name.
const hostname = process.env.STOREFRONT_HOST || undefined
const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS || 0)
const loopback = !hostname || hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname

const app = next({ dev: false, dir: __dirname, port, hostname })
const handle = app.getRequestHandler()

// The cache's own requests to Next carry this header with a secret of this process; anyone else's is dropped.
const RENDER_HEADER = "x-helder-page-render"
const renderSecret = randomBytes(16).toString("hex")

/** The page as Next renders it for a visitor without cookies, asked over this server's own port. */
async function render(path) {
  const response = await fetch(`http://${loopback}:${port}${path}`, {
    headers: { [RENDER_HEADER]: renderSecret, "accept-encoding": "identity" },
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  })
  const headers = {}
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value
  })
  return { status: response.status, headers, setCookies: response.headers.getSetCookie(), body: await response.text() }
}

const pages = createPageCache({ render })

/** A signed revalidation handed to this instance's own route, which checks it and expires Next's tags. */
async function applyHere({ body, signature }) {
  const response = await fetch(`http://${loopback}:${port}/api/revalidate`, {
    method: "POST",
    headers: {
      [RENDER_HEADER]: renderSecret,
      "content-type": "application/json",
      [REVALIDATION_HEADER]: signature ?? "",
    },
    body,
    signal: AbortSignal.timeout(10_000),
  })
  return { status: response.status, body: await response.text(), contentType: response.headers.get("content-type") }
}

// With REDIS_URL every instance hears an accepted revalidation; after a cut subscription, which may have
// missed one, the instance revalidates the whole catalog here.
const revalidations = createSharedRevalidation({
  redisUrl: process.env.REDIS_URL,
  applyHere,
  secret: process.env.STOREFRONT_SECRET,
})

/** The backend's signed call after a catalog change, applied here and on every other instance. */
async function revalidate(req, res) {
  const chunks = []
  let size = 0
  for await (const chunk of req) {
    size += chunk.length
    if (size > 64 * 1024) return res.writeHead(413).end()
    chunks.push(chunk)
  }
  const signature = req.headers[REVALIDATION_HEADER]
  const answer = await revalidations.accept({ body: Buffer.concat(chunks).toString("utf8"), signature })
  res.writeHead(answer.status, { "content-type": answer.contentType ?? "application/json" }).end(answer.body)
}

/** Everything but a catalog page the cache answered goes to Next. */
function nextHandles(req, res) {
  // The signed call, as applyHere hands it over: once Next accepted it, the kept pages go too.
  if (req.method === "POST" && req.url === "/api/revalidate")
    res.on("finish", () => res.statusCode === 200 && pages.clear())
  handle(req, res)
}

app.prepare().then(() => {
  createServer((req, res) => {
    const internal = req.headers[RENDER_HEADER] === renderSecret
    delete req.headers[RENDER_HEADER]
    req.headers["x-forwarded-for"] = forwardedFor(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustedHops)
    if (!internal && req.method === "POST" && req.url === "/api/revalidate")
      return void revalidate(req, res).catch(() => (res.headersSent ? res.destroy() : res.writeHead(502).end()))
    if (internal || !isCatalogPageRequest(req)) return nextHandles(req, res)
    pages.serve(req, res).then(
      (served) => served || nextHandles(req, res),
      () => (res.headersSent ? res.destroy() : nextHandles(req, res)),
    )
  }).listen(port, hostname, () => console.log(`Helder storefront ready on port ${port}`))
})
