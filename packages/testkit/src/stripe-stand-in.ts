import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

/** A payment intent as the Stripe API returns it (the fields Medusa's provider and Stripe.js read). */
export interface StandInIntent {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  status: "requires_payment_method" | "requires_capture" | "succeeded" | "canceled"
  capture_method: "automatic" | "manual"
  client_secret: string
  customer: string | null
  description: string | null
  metadata: Record<string, string>
  payment_method: string | null
  payment_method_types: string[]
  last_payment_error: null
  next_action: null
  created: number
  livemode: false
}

/** A running Stripe API stand-in; `url` goes into the backend's STRIPE_API_BASE. */
export interface StripeStandIn {
  url: string
  intents(): StandInIntent[]
  stop(): Promise<void>
}

type Form = Record<string, unknown>
type Answer = [status: number, body: unknown]

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`
const error = (status: number, message: string, type = "invalid_request_error"): Answer => [
  status,
  { error: { type, message } },
]

/** Stripe's form encoding (`metadata[session_id]=…`, `expand[0]=…`) read back into objects and arrays. */
export function decodeStripeForm(encoded: string): Form {
  const root: Form = {}
  for (const [key, value] of new URLSearchParams(encoded)) {
    const path = key.split(/[[\]]+/).filter(Boolean)
    let node = root
    path.forEach((part, index) => {
      if (index === path.length - 1) node[part] = value
      else node = (node[part] ??= {}) as Form
    })
  }
  const arrays = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null) return value
    const entries = Object.entries(value).map(([k, v]) => [k, arrays(v)] as const)
    return entries.length && entries.every(([k]) => /^\d+$/.test(k))
      ? entries.map(([, v]) => v)
      : Object.fromEntries(entries)
  }
  return arrays(root) as Form
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString("utf8")
}

/**
 * Starts a local stand-in for the Stripe API with the payment intent calls Medusa's Stripe provider
 * makes in a checkout (create, update, retrieve, capture, cancel, customers, refunds), and the confirm
 * call Stripe.js makes in the browser with the publishable key and the intent's client secret.
 * State is kept in memory; an Idempotency-Key replays its first successful answer, as Stripe does.
 */
export async function startStripeStandIn({ port = 0 }: { port?: number } = {}): Promise<StripeStandIn> {
  const intents = new Map<string, StandInIntent>()
  const replays = new Map<string, Answer>()

  const intentAnswer = (id: string | undefined, change: (intent: StandInIntent) => Answer | void): Answer => {
    const intent = id ? intents.get(id) : undefined
    if (!intent) return error(404, `No such payment_intent: '${id}'`)
    return change(intent) ?? [200, intent]
  }

  function answer(method: string, path: string, form: Form, key: string): Answer {
    const [, , resource, id, action] = path.split("/")
    // Stripe.js authenticates with the publishable key, the server with the secret key.
    if (!key.startsWith(action === "confirm" ? "pk_" : "sk_"))
      return error(401, "Invalid API Key provided", "authentication_error")
    if (resource === "payment_intents" && method === "POST" && !id) {
      const intent: StandInIntent = {
        id: newId("pi"),
        object: "payment_intent",
        amount: Number(form.amount),
        amount_capturable: 0,
        amount_received: 0,
        currency: String(form.currency),
        status: "requires_payment_method",
        capture_method: form.capture_method === "manual" ? "manual" : "automatic",
        client_secret: "",
        customer: typeof form.customer === "string" ? form.customer : null,
        description: typeof form.description === "string" ? form.description : null,
        metadata: (form.metadata ?? {}) as Record<string, string>,
        payment_method: null,
        payment_method_types: ["card", "ideal", "bancontact"],
        last_payment_error: null,
        next_action: null,
        created: Math.floor(Date.now() / 1000),
        livemode: false,
      }
      intent.client_secret = `${intent.id}_secret_${randomBytes(12).toString("hex")}`
      intents.set(intent.id, intent)
      return [200, intent]
    }
    if (resource === "payment_intents" && method === "GET") return intentAnswer(id, () => undefined)
    if (resource === "payment_intents" && method === "POST" && !action)
      return intentAnswer(id, (intent) => void (intent.amount = Number(form.amount ?? intent.amount)))
    if (resource === "payment_intents" && action === "confirm") {
      return intentAnswer(id, (intent) => {
        if (form.client_secret !== intent.client_secret)
          return error(400, "The client_secret provided does not match this PaymentIntent.")
        if (intent.status !== "requires_payment_method")
          return error(400, `This PaymentIntent's status is ${intent.status}.`)
        intent.payment_method = newId("pm")
        if (intent.capture_method === "manual")
          Object.assign(intent, { status: "requires_capture", amount_capturable: intent.amount })
        else Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
      })
    }
    if (resource === "payment_intents" && action === "capture") {
      return intentAnswer(id, (intent) => {
        if (intent.status !== "requires_capture")
          return error(400, `This PaymentIntent could not be captured because it has a status of ${intent.status}.`)
        Object.assign(intent, { status: "succeeded", amount_received: intent.amount_capturable, amount_capturable: 0 })
      })
    }
    if (resource === "payment_intents" && action === "cancel")
      return intentAnswer(id, (intent) => void (intent.status = "canceled"))
    if (resource === "customers")
      return [
        200,
        {
          id: id ?? newId("cus"),
          object: "customer",
          ...(method === "DELETE" ? { deleted: true } : { email: form.email ?? null }),
        },
      ]
    if (resource === "refunds" && method === "POST")
      return [
        200,
        {
          id: newId("re"),
          object: "refund",
          amount: Number(form.amount),
          payment_intent: form.payment_intent,
          status: "succeeded",
        },
      ]
    return error(404, `Unrecognized request URL (${method}: ${path}).`)
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // Stripe.js calls the API from the shop's pages, across origins.
    res.setHeader("access-control-allow-origin", "*")
    res.setHeader("access-control-allow-headers", "authorization, content-type, idempotency-key, stripe-version")
    if (req.method === "OPTIONS") return void res.writeHead(204).end()
    const url = new URL(req.url ?? "/", "http://stand-in")
    const body = await readBody(req)
    const form = decodeStripeForm(req.method === "GET" ? url.search.slice(1) : body)
    const key = (req.headers.authorization ?? "").replace(/^Bearer\s+/i, "") || String(form.key ?? "")
    const idempotency = req.headers["idempotency-key"]
    const replayKey = typeof idempotency === "string" ? `${req.method} ${url.pathname} ${idempotency}` : null
    const [status, json] = (replayKey && replays.get(replayKey)) || answer(req.method ?? "GET", url.pathname, form, key)
    // Stripe keeps no answer to a request that never ran (refused key, bad parameters); here: only successes.
    if (replayKey && status < 400) replays.set(replayKey, [status, json])
    res.writeHead(status, { "content-type": "application/json", "request-id": newId("req") }).end(JSON.stringify(json))
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((cause: unknown) =>
      res.writeHead(500).end(JSON.stringify({ error: { type: "api_error", message: String(cause) } })),
    )
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    intents: () => [...intents.values()].map((intent) => ({ ...intent })),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
