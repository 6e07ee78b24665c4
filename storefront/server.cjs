// The storefront in production: Next's request handler behind Node's HTTP server, as `next start`
// runs it, with one addition `next start` cannot make: an X-Forwarded-For the shopper cannot forge
// (src/lib/forwarded-for.cjs). Started by `npm start`, the tests, the benchmarks and the container.
const { createServer } = require("node:http")
const next = require("next")
const { forwardedFor } = require("./src/lib/forwarded-for.cjs")

const port = Number(process.env.PORT || 8000)
// Not HOSTNAME: containers set that to their own name.
const hostname = process.env.STOREFRONT_HOST || undefined
const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS || 0)

const app = next({ dev: false, dir: __dirname, port, hostname })
const handle = app.getRequestHandler()

app.prepare().then(() => {
  createServer((req, res) => {
    req.headers["x-forwarded-for"] = forwardedFor(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustedHops)
    handle(req, res)
  }).listen(port, hostname, () => console.log(`Helder storefront ready on port ${port}`))
})
