const { randomBytes } = require("node:crypto")
const { gzipSync } = require("node:zlib")
const { LOCALES } = require("../i18n/locales.cjs")

/**
 * The catalog pages: home, a category, a product, in each language. They show the same to every
 * visitor (the cart count, the login and the consent choice are filled in by the browser), so their
 * HTML can be kept and served again.
 */
const CATALOG_PATH = new RegExp(`^/(${LOCALES.join("|")})(/(categories|products)/[a-z0-9][a-z0-9-]{0,199})?$`)

/** Whether a request asks for a catalog page as a first load, the only kind the cache answers. */
function isCatalogPageRequest(req) {
  if (req.method !== "GET" || !CATALOG_PATH.test(req.url)) return false
  // Client-side navigation and server actions ask for Next's own payloads, not the HTML.
  return !req.headers["rsc"] && !req.headers["next-action"] && !req.headers["next-router-prefetch"]
}

const NONCE_SOURCE = /'nonce-([^']+)'/
/** Headers that describe one transfer, not the page. */
const TRANSFER_HEADERS = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
])

/**
 * A cache of rendered catalog pages in front of Next, which keeps every page's script nonce fresh.
 *
 * Next cannot cache a page whose scripts carry a per-response nonce, and the shop will not give up its
 * nonce policy. So a page is rendered once through Next (`render`), with a nonce that only this cache
 * ever sees; each answer replaces it, in the HTML and in the Content-Security-Policy, with a new random
 * nonce. The rendering nonce cannot occur in the page's content: it did not exist when that content
 * was written. A catalog change (the backend's signed call to /api/revalidate) empties the cache, and
 * an entry lives at most `ttlMs`, as long as the catalog data under it.
 */
function createPageCache({
  render,
  ttlMs = 300_000,
  maxEntries = 500,
  now = Date.now,
  newNonce = () => randomBytes(16).toString("base64"),
}) {
  const entries = new Map()
  const rendering = new Map()
  let generation = 0

  function fresh(path) {
    const entry = entries.get(path)
    if (entry && now() - entry.storedAt < ttlMs) return entry
    entries.delete(path)
    return undefined
  }

  /** Renders a page once however many ask at the same moment; keeps it when it is the same for everyone. */
  function renderOnce(path) {
    if (rendering.has(path)) return { page: rendering.get(path), shared: true }
    const started = generation
    const page = render(path)
      .then((result) => {
        const policy = result.headers["content-security-policy"] ?? ""
        const nonce = NONCE_SOURCE.exec(policy)?.[1]
        const html = (result.headers["content-type"] ?? "").startsWith("text/html")
        const usable =
          html && nonce && result.setCookies.length === 0 && (result.status === 200 || result.status === 404)
        if (!usable) return null
        const headers = Object.fromEntries(
          Object.entries(result.headers).filter(([name]) => !TRANSFER_HEADERS.has(name)),
        )
        // The body is kept as the bytes around each occurrence of the nonce.
        const parts = result.body.split(nonce).map((part) => Buffer.from(part))
        const entry = { status: result.status, headers, parts, nonce, storedAt: now() }
        // A catalog change during the render may have come too late for it: then it is not kept.
        if (result.status === 200 && started === generation) {
          entries.set(path, entry)
          if (entries.size > maxEntries) entries.delete(entries.keys().next().value)
        }
        return entry
      })
      .finally(() => rendering.delete(path))
    rendering.set(path, page)
    return { page, shared: false }
  }

  function send(entry, state, req, res) {
    const nonce = newNonce()
    const headers = Object.fromEntries(
      Object.entries(entry.headers).map(([name, value]) => [name, value.replaceAll(entry.nonce, nonce)]),
    )
    const nonceBytes = Buffer.from(nonce)
    // The kept bytes go out as they are with the fresh nonce between them: nothing page-sized is copied.
    let chunks = entry.parts.flatMap((part, i) => (i === 0 ? [part] : [nonceBytes, part]))
    if (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      chunks = [gzipSync(Buffer.concat(chunks), { level: 4 })]
      headers["content-encoding"] = "gzip"
    }
    headers["content-length"] = String(chunks.reduce((length, chunk) => length + chunk.length, 0))
    headers["x-helder-page-cache"] = state
    res.writeHead(entry.status, headers)
    res.cork()
    for (const chunk of chunks) res.write(chunk)
    res.end()
  }

  return {
    /**
     * Answers a catalog page from the cache, rendering it first when needed. False when this request
     * must go to Next itself (a redirect, a page that sets cookies, a shared render that was not kept).
     */
    async serve(req, res) {
      const cached = fresh(req.url)
      if (cached) return (send(cached, "hit", req, res), true)
      const { page, shared } = renderOnce(req.url)
      const entry = await page.catch(() => null)
      // A 404 is answered to the request that rendered it, never kept and never shared.
      if (!entry || (shared && entry.status !== 200)) return false
      send(entry, "miss", req, res)
      return true
    },
    /** Forgets every page: the catalog changed. */
    clear() {
      generation++
      entries.clear()
    },
    get size() {
      return entries.size
    },
  }
}

module.exports = { createPageCache, isCatalogPageRequest }
