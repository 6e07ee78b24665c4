import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { INVOICING_MODULE } from "../../../src/modules/invoicing"
import type InvoicingModuleService from "../../../src/modules/invoicing/service"
import { AUDIT_MODULE } from "../../../src/modules/audit"
import type AuditModuleService from "../../../src/modules/audit/service"
import { REASON_HEADER } from "../../../src/api/admin/need-to-know/middlewares"
import {
  adminHeaders,
  catchMailForSuite,
  completeCart,
  eventually,
  failure,
  readyCart,
  regionIds,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"

jest.setTimeout(240 * 1000)
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"

const mail = catchMailForSuite()

const SHOPPER = {
  email: "marieke.bos@example.nl",
  first_name: "Marieke",
  last_name: "Bos",
  street: "Lindelaan 9",
  phone: "0612345678",
}
const ADDRESS = {
  first_name: SHOPPER.first_name,
  last_name: SHOPPER.last_name,
  address_1: SHOPPER.street,
  postal_code: "7311 AB",
  city: "Apeldoorn",
  country_code: "nl",
  phone: SHOPPER.phone,
}

/** Whether any of the shopper's personal data appears in an answer. */
const leaks = (body: unknown) =>
  [SHOPPER.email, SHOPPER.last_name, SHOPPER.street, SHOPPER.phone, "0612345678"].filter((value) =>
    JSON.stringify(body).includes(value),
  )

// What an attacker found as staff (issue 17): personal data reached with no reveal and no audit row.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    type Headers = { headers: Record<string, string> }
    let orderId: string
    let displayId: number
    const audit = () => getContainer().resolve<AuditModuleService>(AUDIT_MODULE)

    /** A guest order of one item, placed through the store API. */
    async function placeOrder(email: string, address: typeof ADDRESS) {
      const store = await seedAndGetStoreHeaders(getContainer())
      const regions = await regionIds(api, store)
      const [variant] = await stockedVariants(api, store, regions.nl!)
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variant!.id, quantity: 1 }],
        email,
        address,
      })
      return { order: await completeCart(api, store, cartId), store }
    }

    beforeAll(async () => {
      const { order, store } = await placeOrder(SHOPPER.email, ADDRESS)
      orderId = order.id
      displayId = order.display_id
      await api.post(
        "/store/contact",
        {
          name: `${SHOPPER.first_name} ${SHOPPER.last_name}`,
          email: SHOPPER.email,
          message: `Bel me op ${SHOPPER.phone} over mijn lamp, groet Marieke`,
          locale: "nl",
        },
        store,
      )
      await mail.waitFor((m) => m.to.includes(SHOPPER.email) && m.subject === "We hebben je bericht ontvangen")
    })

    it("[P-staff-need-to-know] masks notifications (recipient and template data), workflow runs and contact messages for every role", async () => {
      const owner = await adminHeaders(getContainer(), api, "owner")
      const { data: notifications } = await api.get("/admin/notifications?fields=to,data,template&limit=100", owner)
      expect(notifications.notifications.length).toBeGreaterThan(0)
      expect(leaks(notifications)).toEqual([])
      expect(JSON.stringify(notifications)).not.toContain(SHOPPER.first_name)

      const { data: runs } = await api.get("/admin/workflows-executions?limit=100", owner)
      for (const run of runs.workflow_executions) {
        const { data } = await api.get(`/admin/workflows-executions/${run.id}`, owner)
        expect({ id: run.id, leaks: leaks(data) }).toEqual({ id: run.id, leaks: [] })
      }

      const service = await adminHeaders(getContainer(), api, "customer-service")
      const { data: messages } = await api.get("/admin/contact-messages", service)
      expect(messages.contact_messages).toHaveLength(1)
      expect(leaks(messages)).toEqual([])
      expect(messages.contact_messages[0].message).toContain("over mijn lamp")
    })

    it("masks what Medusa's fields reach from routes that seem to hold no personal data, and ignores the case of a closed route", async () => {
      const catalog = await adminHeaders(getContainer(), api, "catalog")
      const shipping = await adminHeaders(getContainer(), api, "order-handling")
      const reaches = [
        "/admin/sales-channels?fields=id,orders.email,orders.shipping_address.*",
        "/admin/regions?fields=id,orders.email,carts.email",
        "/admin/shipping-options?fields=id,fulfillments.delivery_address.*",
        "/admin/products?fields=id,variants.id,variants.cart_items.cart.email",
      ]
      for (const path of reaches) {
        const answer = await api.get(path, catalog).then(
          (r: { data: unknown }) => r,
          (e: { response: { data: unknown } }) => e.response,
        )
        expect({ path, leaks: leaks(answer.data) }).toEqual({ path, leaks: [] })
      }
      for (const path of ["/admin/orders/EXPORT", "/admin/Orders/export", "/admin/products/EXPORT"]) {
        expect({ path, status: (await failure(api.post(path, {}, shipping))).status }).toEqual({ path, status: 404 })
      }
    })

    it("[P-staff-need-to-know] answers a search by personal data only to a role with that permission, with a reason, on the audit log", async () => {
      const service = await adminHeaders(getContainer(), api, "customer-service")
      const searches = [
        `/admin/orders?q=${SHOPPER.last_name}`,
        `/admin/orders?q=${SHOPPER.phone}`,
        `/admin/customers?q=${SHOPPER.email}`,
        `/admin/customers?email=${SHOPPER.email}`,
        "/admin/orders?order=email",
        "/admin/orders?order=-shipping_address.last_name",
      ]
      for (const path of searches) {
        const refused = await failure(api.get(path, service))
        expect({ path, status: refused.status, type: refused.data.type }).toEqual({
          path,
          status: 403,
          type: "not_allowed",
        })
      }
      // Customer service finds an order by its number instead, masked like every order view.
      const { data: found } = await api.get(`/admin/order-lookup?number=${displayId}`, service)
      expect(found.order.id).toBe(orderId)
      expect((await api.get("/admin/orders?order=-created_at&limit=5", service)).status).toBe(200)
      expect(leaks(found)).toEqual([])
      expect((await failure(api.get("/admin/order-lookup?number=999999", service))).status).toBe(404)
      expect((await failure(api.get("/admin/order-lookup?number=abc", service))).status).toBe(400)

      const officer = await adminHeaders(getContainer(), api, "privacy-officer")
      const noReason = await failure(api.get(`/admin/orders?q=${SHOPPER.last_name}`, officer))
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toContain(REASON_HEADER)
      const withReason = {
        headers: { ...officer.headers, [REASON_HEADER]: "access request of Marieke Bos, 2026-12-06" },
      }
      const { data } = await api.get(`/admin/orders?q=${SHOPPER.last_name}&fields=id,email`, withReason)
      expect(data.orders.map((o: { id: string }) => o.id)).toEqual([orderId])
      expect(leaks(data)).toEqual([])
      const [event] = await audit().listAuditEvents({ action: "personal-search", actor_id: officer.user_id })
      expect(event!.reason).toBe("/admin/orders by q: access request of Marieke Bos, 2026-12-06")
    })

    it("shows order handling the delivery address of one order in clear, audited, and nothing else personal", async () => {
      const shipping = await adminHeaders(getContainer(), api, "order-handling")
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=id,email,*shipping_address,*billing_address,*customer`,
        shipping,
      )
      expect(data.order.shipping_address).toMatchObject({
        last_name: SHOPPER.last_name,
        address_1: SHOPPER.street,
        phone: SHOPPER.phone,
      })
      expect(leaks({ ...data.order, shipping_address: null })).toEqual([])
      const [event] = await audit().listAuditEvents({ action: "view-delivery-address", actor_id: shipping.user_id })
      expect(event).toMatchObject({ subject_type: "order", subject_id: orderId })

      // The list stays masked; another role sees the same order masked and leaves no such row.
      expect(leaks((await api.get("/admin/orders?fields=id,*shipping_address", shipping)).data)).toEqual([])
      const returns = await adminHeaders(getContainer(), api, "returns")
      expect(leaks((await api.get(`/admin/orders/${orderId}?fields=id,*shipping_address`, returns)).data)).toEqual([])
      expect(await audit().listAuditEvents({ action: "view-delivery-address", actor_id: returns.user_id })).toEqual([])
      expect(
        (
          await failure(
            api.post(
              "/admin/privacy/reveal",
              { subject_type: "order", subject_id: orderId, reason: "curious about it" },
              shipping,
            ),
          )
        ).status,
      ).toBe(403)
    })

    it("gives invoice PDFs to bookkeeping, the privacy officer and the owner only, each download on the audit log", async () => {
      const invoice = await eventually(
        async () =>
          (
            await getContainer()
              .resolve<InvoicingModuleService>(INVOICING_MODULE)
              .listInvoiceDocuments({ order_id: orderId })
          )[0],
      )
      for (const role of ["bookkeeping", "privacy-officer", "owner"] as const) {
        const staff = await adminHeaders(getContainer(), api, role)
        const pdf = await api.get(`/admin/invoices/${invoice.id}/pdf`, { ...staff, responseType: "arraybuffer" })
        expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe("%PDF-")
        const events = await audit().listAuditEvents({ action: "invoice-download", actor_id: staff.user_id })
        expect(events).toEqual([
          expect.objectContaining({ subject_type: "order", subject_id: orderId, reason: invoice.number }),
        ])
      }
      for (const role of ["customer-service", "order-handling", "returns", "catalog"] as const) {
        const staff: Headers = await adminHeaders(getContainer(), api, role)
        expect({ role, status: (await failure(api.get(`/admin/invoices/${invoice.id}/pdf`, staff))).status }).toEqual({
          role,
          status: 403,
        })
      }
    })

    it("finds a person's orders by their whole e-mail address exactly and in any case, and any other text as Medusa searches", async () => {
      // Someone whose address contains the shopper's: Medusa's own search (anywhere in the text) finds both.
      const { order: other } = await placeOrder(`anne.${SHOPPER.email}`, {
        ...ADDRESS,
        first_name: "Anne",
        last_name: "Visser",
        address_1: "Dorpsstraat 3",
      })
      const officer = await adminHeaders(getContainer(), api, "privacy-officer")
      const withReason = { headers: { ...officer.headers, [REASON_HEADER]: "access request of Marieke Bos" } }
      const found = async (q: string) =>
        (await api.get(`/admin/orders?q=${encodeURIComponent(q)}&fields=id`, withReason)).data.orders
          .map((o: { id: string }) => o.id)
          .sort()
      expect(await found(SHOPPER.email.toUpperCase())).toEqual([orderId])
      expect(await found(` ${SHOPPER.email} `)).toEqual([orderId])
      expect(await found(`anne.${SHOPPER.email}`)).toEqual([other.id])
      expect(await found("nobody.at.all@example.nl")).toEqual([])
      expect(await found("bos@example")).toEqual([orderId, other.id].sort())
      // The exact search is a search by personal data like any other: refused without its reason.
      expect((await failure(api.get(`/admin/orders?q=${SHOPPER.email}`, officer))).status).toBe(400)
    })
  },
})
