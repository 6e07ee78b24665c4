import { createHash } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { INVOICING_MODULE } from "../../../src/modules/invoicing"
import type InvoicingModuleService from "../../../src/modules/invoicing/service"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import issueMissingInvoices from "../../../src/jobs/issue-missing-invoices"
import { setClock } from "../../../src/lib/clock"
import {
  adminHeaders,
  catchMailForSuite,
  completeCart,
  DUTCH_ADDRESS,
  eventually,
  failure,
  linked,
  readyCart,
  readyCartInProcess,
  regionIds,
  registerCustomer,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"
import { expectExactOrderView } from "../order-view-keys"

jest.setTimeout(600 * 1000)
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"
process.env.RATE_LIMIT_REGISTRATIONS_PER_HOUR = "1000"

const mail = catchMailForSuite()

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex")

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let regions: Record<string, string>
    let variants: { id: string; stock: number }[]
    const invoicing = () => getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      regions = await regionIds(api, store)
      variants = await stockedVariants(api, store, regions.nl!)
    })
    afterEach(() => setClock())

    /** The invoice of an order, once the order.placed subscriber has issued it. */
    const invoiceOf = (orderId: string) =>
      eventually(async () => (await invoicing().listInvoiceDocuments({ order_id: orderId, kind: "invoice" }))[0])

    /** The order-link token in an order's confirmation mail. */
    async function orderLinkOf(email: string, orderNumber: number) {
      const confirmation = await mail.waitFor((m) => m.to.includes(email) && m.subject.includes(`#${orderNumber}`))
      const link = /http:\/\/localhost:8000\/nl\/order-link\/(\S+)/.exec(confirmation.text)?.[1]
      if (!link) throw new Error("no order link in the confirmation")
      return { confirmation, token: link }
    }

    it("issues 200 concurrently placed orders 200 invoices numbered 1..200, one each, equal to the order's total", async () => {
      // Round-robin over the stocked variants: no variant runs out, and few orders wait on one stock lock.
      const picks: string[] = []
      for (let round = 0; picks.length < 200 && round < 10; round++) {
        for (const variant of variants) if (variant.stock > round && picks.length < 200) picks.push(variant.id)
      }
      expect(picks).toHaveLength(200)
      // The carts are built in-process (the part under test is placing them); home delivery as a shopper picks it.
      const first = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: picks[0]!, quantity: 1 }],
        email: "koper0@example.nl",
      })
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${first}`, store)
      const shippingOptionId = options.shipping_options.find((o: { name: string }) => o.name === "Thuisbezorgd").id
      const carts = [first]
      for (let i = 1; i < 200; i += 10) {
        carts.push(
          ...(await Promise.all(
            picks.slice(i, i + 10).map((variantId, j) =>
              readyCartInProcess(getContainer(), {
                regionId: regions.nl!,
                variantId,
                email: `koper${i + j}@example.nl`,
                shippingOptionId,
              }),
            ),
          )),
        )
      }
      const orders = await Promise.all(carts.map((cartId) => completeCart(api, store, cartId)))
      const documents = await eventually(async () => {
        // The list itself decides: its count is a second query, and an invoice issued in between made them differ.
        const list = await invoicing().listInvoiceDocuments({ kind: "invoice" }, { take: 500 })
        return list.length >= 200 ? list : undefined
      }, 240_000)
      expect(documents).toHaveLength(200)
      expect(documents.map((d) => d.sequence).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 200 }, (_, i) => i + 1),
      )
      expect(new Set(documents.map((d) => d.order_id))).toEqual(new Set(orders.map((o) => o.id)))
      const totalOf = new Map(orders.map((o) => [o.id, Math.round(o.total * 100)]))
      for (const document of documents) expect(document.total).toBe(totalOf.get(document.order_id))
      // Every buyer got exactly one confirmation, carrying their own invoice.
      const confirmations = await eventually(async () => {
        const sent = mail.messages().filter((m) => m.subject.startsWith("Je bestelling"))
        return sent.length >= 200 ? sent : undefined
      })
      expect(new Set(confirmations.map((m) => m.to[0])).size).toBe(200)
      expect(new Set(confirmations.map((m) => m.attachments[0]?.sha256))).toEqual(
        new Set(documents.map((d) => d.pdf_sha256)),
      )
    })

    it("issues the invoice of an order that never announced itself, from the scheduled safety net", async () => {
      const { result: order } = await createOrderWorkflow(getContainer()).run({
        input: {
          region_id: regions.nl!,
          email: "stil@example.nl",
          items: [
            {
              variant_id: variants[0]!.id,
              quantity: 2,
              title: "Stille bestelling",
              unit_price: 24.95,
              is_tax_inclusive: true,
            },
          ],
          shipping_address: DUTCH_ADDRESS,
          billing_address: DUTCH_ADDRESS,
        },
      })
      expect(await invoicing().listInvoiceDocuments({ order_id: order.id })).toEqual([])
      expect(await issueMissingInvoices(getContainer())).toBe(1)
      const [invoice] = await invoicing().listInvoiceDocuments({ order_id: order.id })
      expect(invoice!.total).toBe(Math.round(Number(order.total) * 100))
      expect(await issueMissingInvoices(getContainer())).toBe(0)
    })

    it("[P-invoice-mailed] freezes seller, buyer, lines, VAT and payment in the invoice and mails its PDF with a working order link", async () => {
      const variant = variants[0]!
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variant.id, quantity: 1 }],
        email: "factuur@example.nl",
      })
      const order = await completeCart(api, store, cartId)
      const invoice = await invoiceOf(order.id)
      const snapshot = invoice.snapshot as Record<string, any>
      expect(snapshot.seller).toMatchObject({
        name: "Helder Verlichting B.V.",
        kvk: "12345678",
        vat_number: "NL000099998B57",
      })
      expect(snapshot.buyer).toMatchObject({
        name: "Anna de Vries",
        email: "factuur@example.nl",
        country_code: "nl",
        vat_number: null,
      })
      expect(snapshot.lines.map((l: { description: string }) => l.description)).toContain("Verzending: Thuisbezorgd")
      expect(snapshot.vat).toEqual([expect.objectContaining({ rate: 21 })])
      expect(snapshot.totals.gross).toBe(Math.round(order.total * 100))
      expect(snapshot.totals.net + snapshot.totals.vat).toBe(snapshot.totals.gross)
      expect(snapshot.payment.method).toBe("Betaling op rekening")

      const { confirmation, token } = await orderLinkOf("factuur@example.nl", order.display_id)
      expect(confirmation.subject).toContain(invoice.number)
      expect(confirmation.attachments).toEqual([
        expect.objectContaining({ filename: `factuur-${invoice.number}.pdf`, mimeType: "application/pdf" }),
        expect.objectContaining({
          filename: expect.stringMatching(/^algemene-voorwaarden-.+\.html$/),
          mimeType: "text/html",
        }),
      ])
      expect(confirmation.attachments[0]!.sha256).toBe(invoice.pdf_sha256)

      const { data: view } = await api.get(`/store/order-link`, linked(store, token))
      expect(view.order.id).toBe(order.id)
      expectExactOrderView(view)
      expect(view.invoices).toEqual([
        expect.objectContaining({ id: invoice.id, number: invoice.number, kind: "invoice" }),
      ])
      const pdf = await api.get(`/store/order-link/invoices/${invoice.id}`, {
        ...linked(store, token),
        responseType: "arraybuffer",
      })
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      expect(sha256(Buffer.from(pdf.data))).toBe(invoice.pdf_sha256)

      // The stored notification keeps no usable link.
      const [stored] = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ template: "order-confirmation", to: "factuur@example.nl" })
      expect(stored!.data).toMatchObject({ order_number: String(order.display_id) })
      expect(JSON.stringify(stored!.data)).not.toContain("order-link")
    })

    it("[P-mail-links-expire] refuses tampered, expired and foreign order links and document ids with a 404", async () => {
      const cartA = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[1]!.id, quantity: 1 }],
        email: "link-a@example.nl",
      })
      const cartB = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[2]!.id, quantity: 1 }],
        email: "link-b@example.nl",
      })
      const a = await completeCart(api, store, cartA)
      const b = await completeCart(api, store, cartB)
      const invoiceB = await invoiceOf(b.id)
      const { token } = await orderLinkOf("link-a@example.nl", a.display_id)

      const [id, expires, signature] = token.split(".") as [string, string, string]
      const tampered = [
        `${id}.${Number(expires) + 1}.${signature}`,
        `${b.id}.${expires}.${signature}`,
        `${id}.${expires}.${"0".repeat(64)}`,
        "nonsense",
      ]
      for (const bad of tampered)
        expect((await failure(api.get(`/store/order-link`, linked(store, bad)))).status).toBe(404)
      // A valid link opens only its own order's documents.
      expect((await failure(api.get(`/store/order-link/invoices/${invoiceB.id}`, linked(store, token)))).status).toBe(
        404,
      )

      // Without the token, nothing; and Medusa's own order route, which trusts any order id, is closed.
      expect((await failure(api.get("/store/order-link", store))).status).toBe(404)
      expect((await failure(api.get(`/store/orders/${a.id}`, store))).status).toBe(404)
      // The browser that placed the order gets its link with the cart id, its secret; nobody gets one without it.
      const { data: fromCart } = await api.post("/store/order-link", { cart_id: cartA }, store)
      expect(fromCart.order_id).toBe(a.id)
      expect((await api.get("/store/order-link", linked(store, fromCart.token))).data.order.id).toBe(a.id)
      expect(
        (await failure(api.post("/store/order-link", { cart_id: "cart_01KAB2C3D4E5F6G7H8J9K0M1N2" }, store))).status,
      ).toBe(404)
      expect((await failure(api.post("/store/order-link", { cart_id: "order_x" }, store))).data.message).toBe(
        "cart_id: a cart id",
      )

      setClock(() => new Date(Date.now() + 61 * 24 * 60 * 60 * 1000))
      expect((await failure(api.get(`/store/order-link`, linked(store, token)))).status).toBe(404)
    })

    it("shows customers their own invoices and gives another customer a 404 for the order and the PDF", async () => {
      const owner = await registerCustomer(api, mail, store, "eigenaar@example.nl")
      const other = await registerCustomer(api, mail, store, "ander@example.nl")
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[3]!.id, quantity: 1 }],
        email: "eigenaar@example.nl",
        auth: owner,
      })
      const order = await completeCart(api, store, cartId)
      const invoice = await invoiceOf(order.id)

      const { data } = await api.get(`/store/account/orders/${order.id}`, owner)
      expect(data.invoices.map((d: { number: string }) => d.number)).toEqual([invoice.number])
      expectExactOrderView(data)
      const pdf = await api.get(`/store/account/orders/${order.id}/invoices/${invoice.id}`, {
        ...owner,
        responseType: "arraybuffer",
      })
      expect(sha256(Buffer.from(pdf.data))).toBe(invoice.pdf_sha256)

      expect((await failure(api.get(`/store/account/orders/${order.id}`, other))).status).toBe(404)
      expect((await failure(api.get(`/store/account/orders/${order.id}/invoices/${invoice.id}`, other))).status).toBe(
        404,
      )
      expect((await failure(api.get(`/store/account/orders/${order.id}`, store))).status).toBe(401)
      // Medusa's own return route, which trusts any order id, is closed.
      const item = (await api.get(`/store/account/orders/${order.id}`, owner)).data.order.items[0]
      const returnBody = {
        order_id: order.id,
        items: [{ id: item.id, quantity: 1 }],
        return_shipping: { option_id: "so_any" },
      }
      expect((await failure(api.post("/store/returns", returnBody, store))).status).toBe(404)
    })

    it("lets staff filter invoices and download them, and names a bad filter", async () => {
      const staff = await adminHeaders(getContainer(), api)
      const orders = []
      for (const [i, country] of (["nl", "nl", "be"] as const).entries()) {
        const address =
          country === "be"
            ? { ...DUTCH_ADDRESS, postal_code: "3800", city: "Sint-Truiden", country_code: "be" }
            : DUTCH_ADDRESS
        const cartId = await readyCart(api, store, {
          regionId: regions[country]!,
          items: [{ variant_id: variants[i]!.id, quantity: 1 }],
          address,
        })
        orders.push(await completeCart(api, store, cartId))
      }
      for (const order of orders) await invoiceOf(order.id)

      const { data } = await api.get("/admin/invoices?kind=invoice&limit=2", staff)
      expect(data.count).toBe(3)
      expect(data.invoices.map((d: { number: string }) => d.number)).toEqual(["2026-000003", "2026-000002"])
      const { data: byNumber } = await api.get("/admin/invoices?number=2026-000001", staff)
      expect(byNumber.invoices.map((d: { order_id: string }) => d.order_id)).toEqual([orders[0]!.id])
      const { data: byOrder } = await api.get(`/admin/invoices?order_id=${orders[2]!.id}`, staff)
      expect(byOrder.invoices).toEqual([expect.objectContaining({ number: "2026-000003", country_code: "be" })])
      expect((await api.get("/admin/invoices?country_code=nl", staff)).data.count).toBe(2)
      const today = new Date().toISOString().slice(0, 10)
      expect((await api.get(`/admin/invoices?from=${today}&to=${today}`, staff)).data.count).toBe(3)
      expect((await api.get("/admin/invoices?to=2020-01-01", staff)).data.count).toBe(0)
      expect((await api.get("/admin/invoices?kind=credit_note", staff)).data.count).toBe(0)
      const first = byNumber.invoices[0]
      const pdf = await api.get(`/admin/invoices/${first.id}/pdf`, { ...staff, responseType: "arraybuffer" })
      expect(sha256(Buffer.from(pdf.data))).toBe(
        (await invoicing().listInvoiceDocuments({ id: first.id }))[0]!.pdf_sha256,
      )

      const bad = await failure(api.get("/admin/invoices?from=yesterday", staff))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/^from: a date as YYYY-MM-DD/)
      expect((await failure(api.get("/admin/invoices?colour=red", staff))).status).toBe(400)
      expect((await failure(api.get("/admin/invoices/invdoc_nope/pdf", staff))).status).toBe(404)
      expect((await failure(api.get("/admin/invoices"))).status).toBe(401)
    })
  },
})
