import { PaymentSessionStatus } from "@medusajs/framework/utils"
import { startStripeStandIn, type StripeStandIn } from "@helder/testkit"
import StripePaymentService from "../service"

// Medusa's Stripe provider, pointed at the Stripe API stand-in: a checkout's calls in order.
describe("Stripe payment provider with STRIPE_API_BASE", () => {
  let api: StripeStandIn
  beforeAll(async () => {
    api = await startStripeStandIn()
  })
  afterAll(() => api.stop())

  const provider = () =>
    new StripePaymentService(
      {},
      {
        apiKey: "sk_test_helder",
        webhookSecret: "whsec_helder",
        capture: true,
        automaticPaymentMethods: true,
        apiBase: api.url,
      },
    )

  it("opens an intent at the configured address, and a payment confirmed in the browser authorizes as captured", async () => {
    const stripe = provider()
    const session = await stripe.initiatePayment({
      amount: 24.95,
      currency_code: "eur",
      data: { session_id: "payses_1" },
    })
    expect(session.status).toBe(PaymentSessionStatus.PENDING)
    const intent = api.intents().find((i) => i.id === session.id)
    expect(intent).toMatchObject({
      amount: 2495,
      currency: "eur",
      metadata: { session_id: "payses_1" },
      capture_method: "automatic",
    })
    expect(session.data?.client_secret).toMatch(new RegExp(`^${session.id}_secret_`))

    // What Stripe.js sends: the publishable key and the client secret, form-encoded.
    const confirm = await fetch(`${api.url}/v1/payment_intents/${session.id}/confirm`, {
      method: "POST",
      body: new URLSearchParams({ key: "pk_test_helder", client_secret: String(session.data?.client_secret) }),
    })
    expect(confirm.status).toBe(200)
    await expect(stripe.authorizePayment({ data: { id: session.id } })).resolves.toMatchObject({
      status: PaymentSessionStatus.CAPTURED,
    })
  })

  it("refuses a confirmation without the intent's client secret, so the payment stays pending", async () => {
    const stripe = provider()
    const session = await stripe.initiatePayment({ amount: 10, currency_code: "eur", data: { session_id: "payses_2" } })
    const confirm = await fetch(`${api.url}/v1/payment_intents/${session.id}/confirm`, {
      method: "POST",
      body: new URLSearchParams({ key: "pk_test_helder", client_secret: "wrong" }),
    })
    expect(confirm.status).toBe(400)
    await expect(stripe.authorizePayment({ data: { id: session.id } })).resolves.toMatchObject({
      status: PaymentSessionStatus.PENDING,
    })
  })
})
