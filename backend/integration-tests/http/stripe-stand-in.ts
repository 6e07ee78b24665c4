import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Stripe's payment-intent API on a local port, for tests: api.stripe.com cannot be reached from these
 * machines. Medusa's real Stripe provider talks to it through the real Stripe SDK, so everything on
 * Helder's and Medusa's side runs as in production. An intent is paid the moment it is created (the
 * shopper's card step happens in Stripe's page), and every call is counted.
 */
export type StripeStandIn = {
  calls: { method: string; path: string; form: Record<string, string> }[]
  intents: Map<string, { id: string; amount: number; currency: string; metadata: Record<string, string> }>
  stop(): Promise<void>
}

/**
 * A payment method as Stripe returns it expanded: the card's brand, last four digits, expiry and fingerprint, never its
 * number.
 */
export type StandInCard = {
  id: string
  brand: string
  last4: string
  exp_month: number
  exp_year: number
  fingerprint: string
  holder: string
}

/** With `card`, every intent is paid with that card and carries it as Stripe's `expand: ["payment_method"]` does. */
export async function startStripeStandIn(
  container: MedusaContainer,
  apiKey: string,
  { card }: { card?: StandInCard } = {},
): Promise<StripeStandIn> {
  const calls: StripeStandIn["calls"] = []
  const intents: StripeStandIn["intents"] = new Map()
  const paymentMethod = card
    ? {
        id: card.id,
        object: "payment_method",
        type: "card",
        billing_details: { name: card.holder, email: null, phone: null, address: null },
        card: {
          brand: card.brand,
          last4: card.last4,
          exp_month: card.exp_month,
          exp_year: card.exp_year,
          fingerprint: card.fingerprint,
          country: "NL",
          funding: "credit",
        },
        customer: null,
      }
    : null
  const asIntent = (intent: { id: string; amount: number; currency: string; metadata: Record<string, string> }) => ({
    object: "payment_intent",
    ...intent,
    status: "succeeded",
    amount_received: intent.amount,
    client_secret: `${intent.id}_secret_helder`,
    capture_method: "automatic",
    payment_method: paymentMethod,
    last_payment_error: null,
  })
  const server: Server = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      const path = (req.url ?? "").split("?")[0]!
      const form = new URLSearchParams(body)
      calls.push({ method: req.method ?? "", path, form: Object.fromEntries(form) })
      const send = (status: number, payload: object) => {
        res.writeHead(status, { "content-type": "application/json", "request-id": `req_${calls.length}` })
        res.end(JSON.stringify(payload))
      }
      // A logged-in shopper's account holder: Medusa makes a Stripe customer for it.
      if (req.method === "POST" && path === "/v1/customers") {
        return send(200, {
          id: `cus_helder_${calls.length}`,
          object: "customer",
          email: form.get("email"),
          invoice_settings: { default_payment_method: null },
        })
      }
      const id = /^\/v1\/payment_intents\/([^/]+)/.exec(path)?.[1]
      if (req.method === "POST" && path === "/v1/payment_intents") {
        const metadata = Object.fromEntries(
          [...form].flatMap(([key, value]) => (key.startsWith("metadata[") ? [[key.slice(9, -1), value]] : [])),
        )
        const intent = {
          id: `pi_helder_${intents.size + 1}`,
          amount: Number(form.get("amount")),
          currency: form.get("currency") ?? "eur",
          metadata,
        }
        intents.set(intent.id, intent)
        return send(200, asIntent(intent))
      }
      const intent = id ? intents.get(id) : undefined
      if (!intent)
        return send(404, { error: { type: "invalid_request_error", message: `No such payment_intent: ${id}` } })
      return send(200, asIntent(intent))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  // The provider Medusa built from the configuration gets an SDK client that talks to this server.
  const payment = container.resolve(Modules.PAYMENT) as unknown as {
    __container__: { paymentProviderService: { retrieveProvider(id: string): { stripe_: Stripe } } }
  }
  payment.__container__.paymentProviderService.retrieveProvider("pp_stripe_stripe").stripe_ = new Stripe(apiKey, {
    host: "127.0.0.1",
    port,
    protocol: "http",
    maxNetworkRetries: 0,
  })
  return { calls, intents, stop: () => new Promise((resolve) => server.close(() => resolve())) }
}
