import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failure, seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(120 * 1000)

type Store = { headers: Record<string, string> }

const address = {
  first_name: "Anna",
  last_name: "de Vries",
  address_1: "Hoofdstraat 12",
  postal_code: "7311 AB",
  city: "Apeldoorn",
  country_code: "nl",
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: Store
    let regions: Record<string, string>

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      const { data } = await api.get("/store/regions?fields=id,*countries", store)
      regions = Object.fromEntries(
        data.regions.map((r: { id: string; countries: { iso_2: string }[] }) => [r.countries[0]!.iso_2, r.id]),
      )
    })

    /** A variant with stock, and how much. */
    async function stockedVariant(): Promise<{ id: string; stock: number }> {
      const { data } = await api.get(
        `/store/products?limit=200&region_id=${regions.nl}&fields=id,variants.id,variants.manage_inventory,+variants.inventory_quantity`,
        store,
      )
      for (const product of data.products) {
        for (const variant of product.variants) {
          if (variant.inventory_quantity > 1) return { id: variant.id, stock: variant.inventory_quantity }
        }
      }
      throw new Error("no stocked variant in the seed")
    }

    async function cartWith(variantId: string, quantity: number, country = "nl") {
      const { data } = await api.post("/store/carts", { region_id: regions[country] }, store)
      await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity }, store)
      return data.cart.id as string
    }

    it("a guest cart becomes an order with VAT included, through home delivery and the system payment provider", async () => {
      const variant = await stockedVariant()
      const cartId = await cartWith(variant.id, 1)
      await api.post(
        `/store/carts/${cartId}`,
        { email: "anna@example.nl", shipping_address: address, billing_address: address },
        store,
      )

      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
      expect(options.shipping_options.map((o: { name: string }) => o.name).sort()).toEqual([
        "Ophalen in de winkel",
        "Thuisbezorgd",
      ])
      const home = options.shipping_options.find((o: { name: string }) => o.name === "Thuisbezorgd")
      expect(home.amount).toBe(4.95)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: home.id }, store)

      const { data: providers } = await api.get(`/store/payment-providers?region_id=${regions.nl}`, store)
      expect(providers.payment_providers.map((p: { id: string }) => p.id)).toEqual(["pp_system_default"])
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        store,
      )

      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(completed.type).toBe("order")
      const order = completed.order
      expect(order.email).toBe("anna@example.nl")
      // Prices include 21 % VAT: the tax part is 21/121 of the total.
      expect(order.tax_total).toBeCloseTo((order.total * 21) / 121, 1)
      expect(order.shipping_address.postal_code).toBe("7311 AB")
    })

    it("refuses a quantity over stock when adding to the cart", async () => {
      const variant = await stockedVariant()
      const { data } = await api.post("/store/carts", { region_id: regions.nl }, store)
      const error = await failure(
        api.post(
          `/store/carts/${data.cart.id}/line-items`,
          { variant_id: variant.id, quantity: variant.stock + 1 },
          store,
        ),
      )
      expect(error.status).toBe(400)
      expect(error.data.message).toMatch(/inventory|stock/i)
      const { data: after } = await api.get(`/store/carts/${data.cart.id}`, store)
      expect(after.cart.items).toHaveLength(0)
    })

    /** Picks a delivery option by name and opens a system payment session: all a completion needs. */
    async function chooseDeliveryAndPay(cartId: string, optionName: string) {
      const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
      const option = data.shipping_options.find((o: { name: string }) => o.name === optionName)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        store,
      )
    }

    const belgian = {
      ...address,
      address_1: "Naamsestraat 8",
      postal_code: "3800",
      city: "Sint-Truiden",
      country_code: "be",
    }

    it("refuses home delivery to an address that is only a country, names what is missing, and creates no order", async () => {
      const variant = await stockedVariant()
      const cartId = await cartWith(variant.id, 1)
      // One call that moves the cart to Belgium and sets the address: Medusa keeps only the country.
      await api.post(
        `/store/carts/${cartId}`,
        { email: "jan@example.be", region_id: regions.be, shipping_address: belgian, billing_address: belgian },
        store,
      )
      const { data: moved } = await api.get(`/store/carts/${cartId}?fields=id,*shipping_address`, store)
      expect(moved.cart.shipping_address).toMatchObject({ country_code: "be", address_1: null })

      await chooseDeliveryAndPay(cartId, "Thuisbezorgd")
      const refused = await failure(api.post(`/store/carts/${cartId}/complete`, {}, store))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe(
        "Thuisbezorgd needs a complete delivery address; missing: first name, last name, street and number, postcode, city.",
      )
      const { data: still } = await api.get(`/store/carts/${cartId}?fields=id,completed_at`, store)
      expect(still.cart.completed_at).toBeNull()

      // Pick-up needs no delivery address, so the same cart can be collected in the shop.
      await chooseDeliveryAndPay(cartId, "Ophalen in de winkel")
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(completed.type).toBe("order")
    })

    it("keeps a Belgian delivery address whole when the region moves first, as the storefront does", async () => {
      const variant = await stockedVariant()
      const cartId = await cartWith(variant.id, 1)
      await api.post(`/store/carts/${cartId}`, { region_id: regions.be }, store)
      await api.post(
        `/store/carts/${cartId}`,
        { email: "jan@example.be", shipping_address: belgian, billing_address: belgian },
        store,
      )
      await chooseDeliveryAndPay(cartId, "Thuisbezorgd")
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")
      const pick = (a: Record<string, unknown>) => Object.fromEntries(Object.keys(belgian).map((key) => [key, a[key]]))
      expect(pick(data.order.shipping_address)).toEqual(belgian)
      expect(pick(data.order.billing_address)).toEqual(belgian)
      expect(data.order.total).toBeCloseTo(data.order.item_total + 4.95, 2)
    })

    it("offers the same delivery options for a Belgian address in the Belgian region", async () => {
      const variant = await stockedVariant()
      const cartId = await cartWith(variant.id, 1, "be")
      const be = { ...address, postal_code: "3800", city: "Sint-Truiden", country_code: "be" }
      await api.post(`/store/carts/${cartId}`, { email: "jan@example.be", shipping_address: be }, store)
      const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
      expect(data.shipping_options).toHaveLength(2)
    })
  },
})
