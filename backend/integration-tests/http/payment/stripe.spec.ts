import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules, PaymentActions } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(120 * 1000)

// Stripe cannot be reached from here: these tests cover what works offline — the provider switched
// on by the keys, offered per region, and the webhook signature check of the real provider code.
const WEBHOOK_SECRET = "whsec_helder_integration_test_secret"
const stripe = new Stripe("sk_test_helder_offline")

// The runner reads medusa-config before applying its `env` option, so the keys are set here; jest
// gives each test file its own copy of process.env, so other suites still run without Stripe.
process.env.STRIPE_API_KEY = "sk_test_helder_offline"
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET

function signedWebhook(event: object, secret = WEBHOOK_SECRET) {
  const rawData = JSON.stringify(event)
  const signature = stripe.webhooks.generateTestHeaderString({ payload: rawData, secret })
  return { data: JSON.parse(rawData), rawData: Buffer.from(rawData), headers: { "stripe-signature": signature } }
}

const succeeded = {
  id: "evt_test_1",
  object: "event",
  type: "payment_intent.succeeded",
  data: {
    object: {
      id: "pi_test_1",
      object: "payment_intent",
      currency: "eur",
      amount: 12995,
      amount_received: 12995,
      metadata: { session_id: "payses_test_1" },
    },
  },
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })

    it("offers Stripe next to the offline provider in both regions once the keys are set", async () => {
      const { data } = await api.get("/store/regions?fields=id,name", store)
      expect(data.regions).toHaveLength(2)
      for (const region of data.regions) {
        const { data: providers } = await api.get(`/store/payment-providers?region_id=${region.id}`, store)
        expect(providers.payment_providers.map((p: { id: string }) => p.id).sort()).toEqual([
          "pp_stripe_stripe",
          "pp_system_default",
        ])
      }
    })

    it("accepts a webhook signed with the secret and reads the payment from it", async () => {
      const payment = getContainer().resolve(Modules.PAYMENT)
      const result = await payment.getWebhookActionAndData({
        provider: "stripe_stripe",
        payload: signedWebhook(succeeded),
      })
      expect(result).toEqual({
        action: PaymentActions.SUCCESSFUL,
        data: { session_id: "payses_test_1", amount: 129.95 },
      })
    })

    it("rejects a webhook signed with another secret or altered after signing", async () => {
      const payment = getContainer().resolve(Modules.PAYMENT)
      await expect(
        payment.getWebhookActionAndData({
          provider: "stripe_stripe",
          payload: signedWebhook(succeeded, "whsec_someone_else"),
        }),
      ).rejects.toThrow(/constructWebhookEvent/)

      const tampered = signedWebhook(succeeded)
      tampered.rawData = Buffer.from(tampered.rawData.toString().replace("12995", "1"))
      await expect(payment.getWebhookActionAndData({ provider: "stripe_stripe", payload: tampered })).rejects.toThrow(
        /constructWebhookEvent/,
      )
    })
  },
})
