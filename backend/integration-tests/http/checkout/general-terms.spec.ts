import { createHash } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TERMS_EDITIONS, termsHtml } from "@helder/schemas"
import { readBackendEnv } from "../../../src/lib/env"
import { sellerFromEnv } from "../../../src/modules/invoicing/seller"
import {
  catchMailForSuite,
  completeCart,
  failure,
  readyCart,
  regionIds,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"

jest.setTimeout(300 * 1000)

const mail = catchMailForSuite()
const latest = TERMS_EDITIONS[TERMS_EDITIONS.length - 1]!

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let regionId: string
    let variantId: string

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      regionId = (await regionIds(api, store)).nl!
      variantId = (await stockedVariants(api, store, regionId))[0]!.id
    })

    /** A ready cart whose checkout says it showed these general terms. */
    async function cartUnderTerms(email: string, termsVersion: string) {
      const cartId = await readyCart(api, store, { regionId, items: [{ variant_id: variantId, quantity: 1 }], email })
      await api.post(`/store/carts/${cartId}`, { metadata: { locale: "nl", terms_version: termsVersion } }, store)
      return cartId
    }

    it("keeps the general terms version with the order and attaches that edition to the confirmation mail", async () => {
      const order = await completeCart(api, store, await cartUnderTerms("voorwaarden@example.nl", latest.id))
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["id", "metadata"], filters: { id: order.id } })
      expect(data[0]?.metadata).toMatchObject({ terms_version: latest.id })

      const confirmation = await mail.waitFor(
        (m) => m.to.includes("voorwaarden@example.nl") && m.subject.includes(`#${order.display_id}`),
      )
      const seller = sellerFromEnv()
      const expected = termsHtml(
        latest,
        "nl",
        {
          name: seller.name,
          address: seller.address_lines.join(", "),
          email: seller.email,
          kvk: seller.kvk,
          vat: seller.vat_number,
        },
        readBackendEnv().STOREFRONT_URL,
      )
      const terms = confirmation.attachments.find((a) => a.filename === `algemene-voorwaarden-${latest.id}.html`)
      expect(terms).toMatchObject({
        mimeType: "text/html",
        sha256: createHash("sha256").update(expected).digest("hex"),
      })
    })

    it("refuses an order under a general terms version the shop never published (400), and places nothing", async () => {
      const cartId = await cartUnderTerms("onbekend@example.nl", "1999-01-01")
      const refused = await failure(api.post(`/store/carts/${cartId}/complete`, {}, store))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/general terms version/)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["id"], filters: { email: "onbekend@example.nl" } })
      expect(data).toHaveLength(0)
    })

    it("lists the delivery and return options open to the store, with their price and countries, for the delivery page", async () => {
      const { data } = await api.get("/store/delivery-options", store)
      const byCode = Object.fromEntries(data.delivery_options.map((o: { code: string }) => [o.code, o]))
      expect(byCode["home-delivery"]).toMatchObject({
        name: "Thuisbezorgd",
        amount: 4.95,
        currency_code: "eur",
        countries: expect.arrayContaining(["nl", "be"]),
      })
      expect(byCode["pickup"]).toMatchObject({ name: "Ophalen in de winkel", amount: 0 })
      expect(data.return_options).toEqual([expect.objectContaining({ code: "return" })])
      expect(data.delivery_options.some((o: { code: string }) => o.code === "return")).toBe(false)
    })
  },
})
