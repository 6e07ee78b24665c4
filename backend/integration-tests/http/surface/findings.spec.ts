import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { setClock } from "../../../src/lib/clock"
import {
  adminHeaders,
  catchMailForSuite,
  completeCart,
  DUTCH_ADDRESS,
  failure,
  readyCart,
  regionIds,
  registerCustomer,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"

jest.setTimeout(180 * 1000)

process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"
process.env.RATE_LIMIT_REGISTRATIONS_PER_HOUR = "1000"

const mail = catchMailForSuite()

// What an attacker found on Medusa's own routes (issue 16), each closed by the surface table and its guard.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    type Headers = { headers: Record<string, string> }
    let store: Headers
    let regions: Record<string, string>
    let variants: { id: string; stock: number }[]
    let next = 0

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      regions = await regionIds(api, store)
      variants = await stockedVariants(api, store, regions.nl!)
    })
    afterEach(() => setClock())

    /** A ready cart for one unit of a different stocked variant each time. */
    const cartFor = (email: string, auth?: Headers) =>
      readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[next++ % variants.length]!.id, quantity: 1 }],
        email,
        auth,
      })

    it("refuses an order transfer to a logged-in stranger and leaves the owner's order without an order change", async () => {
      const owner = await registerCustomer(api, mail, store, "eigenaar@example.nl")
      const order = await completeCart(api, store, await cartFor("eigenaar@example.nl", owner))
      const stranger = await registerCustomer(api, mail, store, "vreemde@example.nl")

      const transfer = await failure(api.post(`/store/orders/${order.id}/transfer/request`, {}, stranger))
      expect(transfer.status).toBe(404)
      expect(JSON.stringify(transfer.data)).not.toContain("eigenaar@example.nl")
      const changes = await getContainer().resolve(Modules.ORDER).listOrderChanges({ order_id: order.id })
      expect(changes).toEqual([])
    })

    it("keeps a stranger's cart for an account's e-mail address a guest cart: no account data, no order in the account", async () => {
      const account = await registerCustomer(api, mail, store, "rekening@example.nl")
      const { data: me } = await api.get("/store/account/me", account)

      const created = await failure(
        api.post("/store/carts", { region_id: regions.nl, email: "rekening@example.nl" }, store),
      )
      expect(created.status).toBe(400)

      const cartId = await cartFor("rekening@example.nl")
      const asked = await failure(api.get(`/store/carts/${cartId}?fields=id,*customer`, store))
      expect(asked.status).toBe(400)
      expect(asked.data.message).toBe('The field "*customer" cannot be requested here.')
      const [cart] = await getContainer()
        .resolve(Modules.CART)
        .listCarts({ id: cartId }, { select: ["id", "customer_id"] })
      expect(cart!.customer_id).not.toBe(me.customer.id)
      const [guest] = await getContainer().resolve(Modules.CUSTOMER).listCustomers({ id: cart!.customer_id! })
      expect(guest).toMatchObject({ email: "rekening@example.nl", has_account: false, first_name: null, phone: null })

      const order = await completeCart(api, store, cartId)
      const { data } = await api.get("/store/orders?fields=id", account)
      expect(data.orders.map((o: { id: string }) => o.id)).not.toContain(order.id)
    })

    it("closes Medusa's admin exports, which wrote every order's personal data to the public /static folder", async () => {
      const staff = await adminHeaders(getContainer(), api)
      for (const path of [
        "/admin/orders/export",
        "/admin/products/export",
        "/admin/inventory-items/export",
        "/admin/products/imports",
      ]) {
        expect({ path, status: (await failure(api.post(path, {}, staff))).status }).toEqual({ path, status: 404 })
      }
    })

    it("lets a cart id open neither the address book nor the payment sessions, and hands out the order link once, just after completion", async () => {
      const account = await registerCustomer(api, mail, store, "adresboek@example.nl")
      // The registration address (Hoofdstraat 12) is in the address book; the cart ships to Stationsstraat 12.
      const cartId = await cartFor("adresboek@example.nl", account)
      for (const fields of [
        "*customer.addresses",
        "customer.addresses.address_1",
        "*payment_collection",
        "payment_collection.payment_sessions.context",
        "*billing_address.customer",
      ]) {
        const refused = await failure(api.get(`/store/carts/${cartId}?fields=${encodeURIComponent(fields)}`, store))
        expect({ fields, status: refused.status }).toEqual({ fields, status: 400 })
      }
      const { data: plain } = await api.get(`/store/carts/${cartId}`, store)
      expect(plain.cart.payment_collection).toBeUndefined()
      expect(JSON.stringify(plain)).not.toContain("Hoofdstraat")
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      const { data: sessions } = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        store,
      )
      expect(JSON.stringify(sessions)).not.toContain("Hoofdstraat")
      expect(Object.keys(sessions.payment_collection.payment_sessions[0]).sort()).toEqual(["data", "id", "provider_id"])

      const order = await completeCart(api, store, cartId)
      const { data: replay } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(replay.order).toEqual({ id: order.id })
      const { data: link } = await api.post("/store/order-link", { cart_id: cartId }, store)
      expect(link.order_id).toBe(order.id)
      expect((await failure(api.post("/store/order-link", { cart_id: cartId }, store))).status).toBe(404)

      const later = await cartFor("adresboek@example.nl")
      await completeCart(api, store, later)
      setClock(() => new Date(Date.now() + 11 * 60 * 1000))
      expect((await failure(api.post("/store/order-link", { cart_id: later }, store))).status).toBe(404)
    })

    it("makes a logged-out token useless on every store route, Medusa's own included", async () => {
      const session = await registerCustomer(api, mail, store, "uitgelogd@example.nl")
      const cartId = await cartFor("uitgelogd@example.nl", session)
      const tokenOnly = { headers: { ...store.headers, authorization: session.headers.authorization! } }
      expect((await failure(api.get("/store/customers/me/addresses", tokenOnly))).status).toBe(401)

      await api.post("/store/account/logout", {}, session)
      const attempts: [string, () => Promise<unknown>][] = [
        ["new cart", () => api.post("/store/carts", { region_id: regions.nl }, session)],
        ["cart read", () => api.get(`/store/carts/${cartId}?fields=id`, session)],
        ["cart to customer", () => api.post(`/store/carts/${cartId}/customer`, {}, session)],
        ["payment collection", () => api.post("/store/payment-collections", { cart_id: cartId }, session)],
        ["address book", () => api.get("/store/customers/me/addresses", session)],
        [
          "new address",
          () => api.post("/store/customers/me/addresses", { ...DUTCH_ADDRESS, postal_code: "7311ab" }, session),
        ],
        ["orders", () => api.get("/store/orders?fields=id", session)],
        ["account", () => api.get("/store/account/me", session)],
        ["catalog", () => api.get("/store/products?fields=id", session)],
      ]
      for (const [name, attempt] of attempts) {
        expect({ name, status: (await failure(attempt())).status }).toEqual({ name, status: 401 })
      }
    })
  },
})
