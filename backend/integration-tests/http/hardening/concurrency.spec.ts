import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../../../src/modules/invoicing"
import type InvoicingModuleService from "../../../src/modules/invoicing/service"
import Stripe from "stripe"
import {
  catchMailForSuite,
  eventually,
  readyCart,
  regionIds,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"
import { startStripeStandIn, type StripeStandIn } from "../stripe-stand-in"

jest.setTimeout(300 * 1000)

// Stripe is configured (its API answered by a local stand-in, see ../stripe-stand-in.ts), so its
// webhooks can be replayed against the very cart being completed. Set before the runner reads the config.
const STRIPE_KEY = "sk_test_helder_offline"
const WEBHOOK_SECRET = "whsec_helder_concurrency_secret"
process.env.STRIPE_API_KEY = STRIPE_KEY
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET

catchMailForSuite()

type Outcome = {
  status: number
  data: { type?: string; order?: { id: string }; message?: string; error?: { message?: string } }
}

/** Every answer, success or refusal, as status and body: a concurrent test looks at all of them. */
async function settle(request: Promise<{ status: number; data: unknown }>): Promise<Outcome> {
  try {
    const { status, data } = await request
    return { status, data: data as Outcome["data"] }
  } catch (error) {
    const response = (error as { response?: { status: number; data: Outcome["data"] } }).response
    if (!response) throw error
    return { status: response.status, data: response.data }
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, utils }) => {
    let store: { headers: Record<string, string> }
    let regions: Record<string, string>
    const db = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    let stripe: StripeStandIn

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      regions = await regionIds(api, store)
      stripe = await startStripeStandIn(getContainer(), STRIPE_KEY)
    })
    afterAll(() => stripe?.stop())

    /** Stripe's "payment succeeded" event for an intent, signed as Stripe signs it. */
    function succeededWebhook(intent: { id: string; amount: number; metadata: Record<string, string> }) {
      const payload = JSON.stringify({
        id: "evt_helder_replayed",
        object: "event",
        type: "payment_intent.succeeded",
        data: {
          object: {
            object: "payment_intent",
            currency: "eur",
            status: "succeeded",
            amount_received: intent.amount,
            ...intent,
          },
        },
      })
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET })
      return { payload, headers: { "stripe-signature": signature, "content-type": "application/json" } }
    }

    /** The orders made from a cart, read from Medusa's cart–order link. */
    async function ordersOfCart(cartId: string): Promise<string[]> {
      const rows: { order_id: string }[] = await db()("order_cart")
        .where({ cart_id: cartId })
        .whereNull("deleted_at")
        .select("order_id")
      return rows.map((row) => row.order_id)
    }

    it("completes one cart asked 20 times at once, with Stripe's webhook replayed 3 times, into one order, one invoice and one capture", async () => {
      const [variant] = await stockedVariants(api, store, regions.nl!)
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variant!.id, quantity: 1 }],
        email: "twintig@example.nl",
      })
      // The shopper pays with Stripe instead: the session replaces the system provider's.
      // As the storefront does: asking for the cart's payment collection again answers the existing one.
      const { data: existing } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      await api.post(
        `/store/payment-collections/${existing.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_stripe_stripe" },
        store,
      )
      const [intent] = [...stripe.intents.values()].filter((i) => i.metadata.session_id)
      expect(intent).toBeDefined()
      const webhook = succeededWebhook(intent!)

      const outcomes = await Promise.all([
        ...Array.from({ length: 20 }, () => settle(api.post(`/store/carts/${cartId}/complete`, {}, store))),
        ...Array.from({ length: 3 }, () =>
          api.post("/hooks/payment/stripe_stripe", webhook.payload, { headers: webhook.headers }).then(() => null),
        ),
      ]).then((all) => all.filter((o): o is Outcome => o !== null))

      // Every caller gets the order or a clear refusal; nobody sees a server error.
      for (const outcome of outcomes) {
        expect(outcome.status).toBeLessThan(500)
        if (outcome.data.type !== "order")
          expect(outcome.data.message ?? outcome.data.error?.message).toEqual(expect.any(String))
      }
      const orderIds = new Set(outcomes.flatMap((o) => (o.data.type === "order" ? [o.data.order!.id] : [])))
      expect(orderIds.size).toBe(1)
      expect(await ordersOfCart(cartId)).toEqual([...orderIds])
      const [orderId] = [...orderIds]

      const invoicing = getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)
      await eventually(async () =>
        (await invoicing.listInvoiceDocuments({ order_id: orderId })).length ? true : undefined,
      )
      // The webhooks are handled after their 200, by a subscriber's workflow: let those finish, and any
      // late duplicate surface, before counting.
      await new Promise((resolve) => setTimeout(resolve, 2000))
      await utils.waitWorkflowExecutions()
      expect(await invoicing.listInvoiceDocuments({ order_id: orderId })).toHaveLength(1)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [order],
      } = await query.graph({
        entity: "order",
        fields: ["payment_collections.payments.provider_id", "payment_collections.payments.captures.id"],
        filters: { id: orderId },
      })
      const payments = (order!.payment_collections ?? []).flatMap((c) => c?.payments ?? [])
      expect(payments.map((p) => p?.provider_id)).toEqual(["pp_stripe_stripe"])
      expect(payments[0]!.captures).toHaveLength(1)
      // Stripe captured automatically when the shopper paid; nobody asked it to capture again.
      expect(stripe.calls.filter((call) => call.path.endsWith("/capture"))).toEqual([])
    })

    it("gives the last unit to one of two shoppers racing for it and tells the other clearly", async () => {
      const [variant] = await stockedVariants(api, store, regions.nl!)
      // Leave exactly one unit of this variant in stock.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [withItems],
      } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: variant!.id },
      })
      const inventoryItemId = withItems!.inventory_items![0]!.inventory_item_id
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const levels = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
      await inventory.updateInventoryLevels(
        levels.map((level, i) => ({
          inventory_item_id: inventoryItemId,
          location_id: level.location_id,
          stocked_quantity: i === 0 ? 1 : 0,
        })),
      )
      const item = [{ variant_id: variant!.id, quantity: 1 }]
      const carts = await Promise.all(
        ["eerste@example.nl", "tweede@example.nl"].map((email) =>
          readyCart(api, store, { regionId: regions.nl!, items: item, email }),
        ),
      )

      const outcomes = await Promise.all(
        carts.map((cartId) => settle(api.post(`/store/carts/${cartId}/complete`, {}, store))),
      )

      const won = outcomes.filter((o) => o.data.type === "order")
      const lost = outcomes.filter((o) => o.data.type !== "order")
      expect(won).toHaveLength(1)
      expect(lost).toHaveLength(1)
      expect(lost[0]!.status).toBeLessThan(500)
      expect(lost[0]!.data.message ?? lost[0]!.data.error?.message).toMatch(/inventory|stock|voorraad/i)
      const orders = await Promise.all(carts.map(ordersOfCart))
      expect(orders.flat()).toHaveLength(1)
      // The unit is reserved once: none left, none oversold.
      const [after] = await inventory.listInventoryLevels({
        inventory_item_id: inventoryItemId,
        location_id: levels[0]!.location_id,
      })
      expect(after!.reserved_quantity).toBe(1)
      expect(after!.stocked_quantity).toBe(1)
    })
  },
})
