import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "knex"
import {
  adminHeaders,
  catchMailForSuite,
  columnsHolding,
  completeCart,
  deliverOrder,
  eraseAfterWindow,
  readyCart,
  regionIds,
  registerCustomer,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"
import { startStripeStandIn, type StandInCard, type StripeStandIn } from "../stripe-stand-in"

jest.setTimeout(180 * 1000)

// Stripe is configured (its API answered by ../stripe-stand-in.ts); set before the runner reads the config.
const STRIPE_KEY = "sk_test_helder_offline"
process.env.STRIPE_API_KEY = STRIPE_KEY
process.env.STRIPE_WEBHOOK_SECRET = "whsec_helder_card_data_secret"

const mail = catchMailForSuite()

/** The card the shopper types into Stripe's payment element, and what Stripe answers about it afterwards. */
const CARD_NUMBER = "4000056655665556"
const CARD: StandInCard = {
  id: "pm_helder_kaart_1",
  brand: "visa",
  last4: "5556",
  exp_month: 8,
  exp_year: 2031,
  fingerprint: "Xt5EWLLDS7FJjR1c",
  holder: "Anna de Vries",
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let stripe: StripeStandIn

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      stripe = await startStripeStandIn(getContainer(), STRIPE_KEY, { card: CARD })
    })
    afterAll(() => stripe?.stop())

    it("[P-account-no-card] a customer who pays an order by card through Stripe leaves the card number in no column of any table, and nothing keeps the card for the account", async () => {
      const session = await registerCustomer(api, mail, store, "kaart@example.nl")
      const regions = await regionIds(api, store)
      const [variant] = await stockedVariants(api, store, regions.nl!)
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variant!.id, quantity: 1 }],
        email: "kaart@example.nl",
        auth: session,
      })
      const { data: existing } = await api.post("/store/payment-collections", { cart_id: cartId }, session)
      await api.post(
        `/store/payment-collections/${existing.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_stripe_stripe" },
        session,
      )
      const order = await completeCart(api, session, cartId)

      // Paid by card through Stripe, for this order alone.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [paid],
      } = await query.graph({
        entity: "order",
        fields: ["payment_collections.payments.provider_id"],
        filters: { id: order.id },
      })
      expect(paid!.payment_collections!.flatMap((c) => c!.payments!.map((p) => p!.provider_id))).toEqual([
        "pp_stripe_stripe",
      ])

      // The number went to Stripe's element; no column of any table holds it.
      const pg = getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
      expect(await columnsHolding(pg, CARD_NUMBER)).toEqual([])
      // Nobody asked Stripe to keep the card for later: no intent for future use, no card attached to the customer.
      const intents = stripe.calls.filter((call) => call.method === "POST" && call.path === "/v1/payment_intents")
      expect(intents).toHaveLength(1)
      expect(Object.keys(intents[0]!.form).filter((key) => key.startsWith("setup_future_usage"))).toEqual([])
      expect(
        stripe.calls.filter((call) => /\/v1\/(setup_intents|payment_methods\/[^/]+\/attach)/.test(call.path)),
      ).toEqual([])
      // The account's own records (the customer and Medusa's payment account for it) name no means of payment.
      const accountColumns = (await columnsHolding(pg, CARD.id)).filter((column) =>
        /^(customer|account_holder|customer_account_holder)\./.test(column),
      )
      expect(accountColumns).toEqual([])
    })

    it("[P-erasure-by-category] erasing a customer who paid by card removes what Stripe returned about the card (fingerprint, expiry, name) from every table", async () => {
      const email = "kaart-weg@example.nl"
      const session = await registerCustomer(api, mail, store, email)
      const regions = await regionIds(api, store)
      const [variant] = await stockedVariants(api, store, regions.nl!)
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variant!.id, quantity: 1 }],
        email,
        auth: session,
      })
      const { data: existing } = await api.post("/store/payment-collections", { cart_id: cartId }, session)
      await api.post(
        `/store/payment-collections/${existing.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_stripe_stripe" },
        session,
      )
      const order = await completeCart(api, session, cartId)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [placed],
      } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: order.id } })
      await deliverOrder(
        api,
        order.id,
        placed!.items!.map((item) => ({ id: item!.id, quantity: 1 })),
        await adminHeaders(getContainer(), api),
      )
      const pg = getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
      expect(await columnsHolding(pg, CARD.fingerprint)).not.toEqual([])

      const { request } = await eraseAfterWindow(getContainer(), api, mail, session, email)
      expect([request.status, request.deferred_reason]).toEqual(["completed", null])
      expect(await columnsHolding(pg, CARD.fingerprint)).toEqual([])
      expect(await columnsHolding(pg, `"exp_year":${CARD.exp_year}`)).toEqual([])
      // The name on the card is the customer's: only the kept invoice names them.
      expect(
        (await columnsHolding(pg, CARD.holder)).filter((column) => !column.startsWith("invoice_document.")),
      ).toEqual([])
    })
  },
})
