const { randomBytes } = require("node:crypto")
const net = require("node:net")
const tls = require("node:tls")
const { CATALOG_TAGS } = require("@helder/contract")
const { signRevalidation } = require("@helder/schemas")

const CHANNEL = "helder:storefront:revalidate"
const RECONNECT_MS = 1000
// A Redis that accepts the connection but never answers must not hold the backend's revalidation call open.
const PUBLISH_TIMEOUT_MS = 2000
// A subscription whose link died without a word (half-open) is noticed by TCP keepalive and made again.
const KEEPALIVE_MS = 10_000

/** A Redis command as RESP: an array of bulk strings. */
function encode(args) {
  const parts = [Buffer.from(`*${args.length}\r\n`)]
  for (const arg of args) {
    const bytes = Buffer.from(String(arg))
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from("\r\n"))
  }
  return Buffer.concat(parts)
}

/** One RESP reply from `buffer` at `at`: [value, next offset], or null while it is incomplete. */
function decode(buffer, at = 0) {
  const end = buffer.indexOf("\r\n", at)
  if (end < 0) return null
  const type = String.fromCharCode(buffer[at])
  const line = buffer.toString("utf8", at + 1, end)
  if (type === "+" || type === ":") return [line, end + 2]
  if (type === "-") return [new Error(line), end + 2]
  if (type === "$") {
    const length = Number(line)
    if (length < 0) return [null, end + 2]
    if (buffer.length < end + 2 + length + 2) return null
    return [buffer.toString("utf8", end + 2, end + 2 + length), end + 2 + length + 2]
  }
  if (type === "*") {
    const items = []
    let next = end + 2
    for (let i = 0; i < Number(line); i++) {
      const item = decode(buffer, next)
      if (!item) return null
      items.push(item[0])
      next = item[1]
    }
    return [items, next]
  }
  throw new Error(`unexpected reply from Redis: ${type}`)
}

/** A connection to the Redis a URL names, handing on every reply; AUTH first when the URL has a password. */
function connect(redisUrl, onReply) {
  const url = new URL(redisUrl)
  const options = { host: url.hostname, port: Number(url.port || 6379) }
  const socket =
    url.protocol === "rediss:" ? tls.connect({ ...options, servername: url.hostname }) : net.connect(options)
  let pending = Buffer.alloc(0)
  socket.on("data", (chunk) => {
    pending = Buffer.concat([pending, chunk])
    for (let reply = decode(pending); reply; reply = decode(pending)) {
      pending = pending.subarray(reply[1])
      onReply(reply[0])
    }
  })
  const send = (...args) => socket.write(encode(args))
  if (url.password)
    send("AUTH", ...(url.username ? [decodeURIComponent(url.username)] : []), decodeURIComponent(url.password))
  return { socket, send }
}

/**
 * Carries the backend's catalog revalidations to every storefront instance. With REDIS_URL each one
 * published here reaches the other instances (Redis pub/sub; `onMessage` gets it there); without it there
 * is one instance and nothing to carry. A subscription that was cut may have missed messages, so
 * `onResubscribed` lets the instance empty what it keeps.
 */
function createRevalidationBus({
  redisUrl,
  onMessage,
  onResubscribed = () => {},
  log = console.error,
  channel = CHANNEL,
}) {
  const id = randomBytes(8).toString("hex")
  let subscriber = null
  let closed = false
  let subscriptions = 0

  function subscribe() {
    if (closed) return
    subscriber = connect(redisUrl, (reply) => {
      if (reply instanceof Error) return log(`storefront revalidation bus: ${reply.message}`)
      if (!Array.isArray(reply)) return
      if (reply[0] === "subscribe") return subscriptions++ > 0 && onResubscribed()
      if (reply[0] !== "message") return
      try {
        const message = JSON.parse(reply[2])
        if (message.from !== id) onMessage({ body: message.body, signature: message.signature })
      } catch {
        log("storefront revalidation bus: a message that is not JSON was ignored")
      }
    })
    subscriber.socket.setKeepAlive(true, KEEPALIVE_MS)
    // Named, so an operator (or a test) can tell the storefront's subscriptions apart in CLIENT LIST.
    subscriber.send("CLIENT", "SETNAME", `helder-storefront-revalidation-${id}`)
    subscriber.send("SUBSCRIBE", channel)
    subscriber.socket.on("error", (error) => log(`storefront revalidation bus: ${error.code ?? error.message}`))
    subscriber.socket.on("close", () => !closed && setTimeout(subscribe, RECONNECT_MS).unref())
  }

  if (redisUrl) subscribe()

  return {
    /** Tells the other instances about a revalidation this instance accepted; resolves with how many heard it. */
    publish({ body, signature }) {
      if (!redisUrl) return Promise.resolve(0)
      return new Promise((resolve, reject) => {
        const publisher = connect(redisUrl, (reply) => {
          if (reply === "OK") return
          publisher.socket.end()
          if (reply instanceof Error) reject(reply)
          else resolve(Number(reply) - 1)
        })
        publisher.socket.on("error", reject)
        publisher.socket.setTimeout(PUBLISH_TIMEOUT_MS, () => {
          publisher.socket.destroy()
          reject(new Error(`Redis did not answer within ${PUBLISH_TIMEOUT_MS} ms`))
        })
        publisher.send("PUBLISH", channel, JSON.stringify({ from: id, body, signature }))
      })
    },
    /** Whether the subscription is in place (always true without Redis). */
    get ready() {
      return !redisUrl || subscriptions > 0
    },
    close() {
      closed = true
      subscriber?.socket.destroy()
    },
  }
}

/**
 * A revalidation this instance accepts, applied here and then on every other instance: `applyHere`
 * hands the signed call to this instance's own route (which checks the signature and empties its caches)
 * and answers its status; only an accepted call is passed on, and each instance checks it again.
 * `secret` (STOREFRONT_SECRET) signs the instance's own catch-up after a cut subscription.
 */
function createSharedRevalidation({ redisUrl, applyHere, secret, log = console.error, channel }) {
  /**
   * A subscription that was cut may have missed revalidations: the instance then revalidates every catalog
   * tag itself, through its own route like any other call (signed with the secret the apps share), so its
   * kept pages and Next's data cache both go. Without the secret there is no route and nothing kept.
   */
  async function catchUp() {
    if (!secret) return
    const body = JSON.stringify({ tags: [...CATALOG_TAGS] })
    const signature = await signRevalidation(secret, body, Math.floor(Date.now() / 1000))
    const answer = await applyHere({ body, signature })
    if (answer.status !== 200) log(`storefront revalidation after a new subscription: ${answer.status}`)
  }
  const bus = createRevalidationBus({
    redisUrl,
    channel,
    onResubscribed: () =>
      catchUp().catch((error) => log(`storefront revalidation after a new subscription failed: ${error.message}`)),
    log,
    onMessage: (message) =>
      applyHere(message).then(
        (answer) => answer.status === 200 || log(`storefront revalidation from another instance: ${answer.status}`),
        (error) => log(`storefront revalidation from another instance failed: ${error.message}`),
      ),
  })
  return {
    /** Applies a signed call here and, when it was accepted, passes it on; answers this instance's answer. */
    async accept(message) {
      const answer = await applyHere(message)
      if (answer.status === 200)
        await bus.publish(message).catch((error) => log(`storefront revalidation not passed on: ${error.message}`))
      return answer
    },
    get ready() {
      return bus.ready
    },
    close: () => bus.close(),
  }
}

module.exports = { createRevalidationBus, createSharedRevalidation }
