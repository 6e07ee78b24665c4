import { decodeStripeForm, startStripeStandIn } from "../stripe-stand-in"

describe("the Stripe API stand-in", () => {
  it("reads Stripe's form encoding back into objects and arrays", () => {
    expect(
      decodeStripeForm(
        "amount=2495&metadata[session_id]=payses_1&expand[0]=payment_method&automatic_payment_methods[enabled]=true",
      ),
    ).toEqual({
      amount: "2495",
      metadata: { session_id: "payses_1" },
      expand: ["payment_method"],
      automatic_payment_methods: { enabled: "true" },
    })
  })

  it("answers with the secret key only, and replays an idempotent create", async () => {
    const api = await startStripeStandIn()
    try {
      const create = (key: string) =>
        fetch(`${api.url}/v1/payment_intents`, {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "idempotency-key": "k1" },
          body: "amount=100&currency=eur",
        })
      expect((await create("pk_test_x")).status).toBe(401)
      const first = (await (await create("sk_test_x")).json()) as { id: string }
      const again = (await (await create("sk_test_x")).json()) as { id: string }
      expect(again.id).toBe(first.id)
      expect(api.intents()).toHaveLength(1)
    } finally {
      await api.stop()
    }
  })
})
