import { createHash } from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  dataMapFromEnv,
  EXPORT_KIND_IDS,
  exportCategories,
  exportDocumentSchema,
  type ExportDocument,
} from "@helder/privacy"
import { readZip } from "@helder/testkit"
import { INVOICING_MODULE } from "../../../src/modules/invoicing"
import type InvoicingModuleService from "../../../src/modules/invoicing/service"
import { guestSubject } from "../../../src/personal-data/data-subject"
import { type ExportCounts, writeExport } from "../../../src/personal-data/export-archive"
import {
  adminHeaders,
  catchMailForSuite,
  completeCart,
  consentChoice,
  deliverOrder,
  DUTCH_ADDRESS,
  eventually,
  failure,
  readyCart,
  regionIds,
  registerCustomer,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"

jest.setTimeout(300 * 1000)
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"
process.env.RATE_LIMIT_REGISTRATIONS_PER_HOUR = "1000"

const mail = catchMailForSuite()
type Headers = { headers: Record<string, string> }
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex")

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regions: Record<string, string>
    let variants: { id: string; stock: number }[]

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      regions = await regionIds(api, store)
      variants = (await stockedVariants(api, store, regions.nl!)).filter((v) => v.stock >= 3)
    })

    async function download(auth: Headers) {
      const response = await api.get("/store/account/data-export", { ...auth, responseType: "arraybuffer" })
      expect(response.headers["content-type"]).toBe("application/zip")
      return readZip(Buffer.from(response.data))
    }

    async function placeOrder(email: string, auth: Headers) {
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[0]!.id, quantity: 2 }],
        email,
        auth,
      })
      const order = await completeCart(api, store, cartId)
      const staff = await adminHeaders(getContainer(), api)
      const { data } = await api.get(`/admin/orders/${order.id}?fields=id,display_id,*items`, staff)
      return { order: data.order, staff }
    }

    it("[P-right-access] puts every record of a customer in the zip: orders, returns, a withdrawal, invoices and credit notes as issued, consents, requests and the recipients", async () => {
      const email = "alles@example.nl"
      const customer = await registerCustomer(api, mail, store, email)
      const delivered = await placeOrder(email, customer)
      const item = delivered.order.items[0]
      await deliverOrder(api, delivered.order.id, [{ id: item.id, quantity: 2 }], delivered.staff)
      const statement = {
        name: "Anna de Vries",
        email,
        order_reference: `#${delivered.order.display_id}`,
        confirm: true,
      }
      await api.post(`/store/account/orders/${delivered.order.id}/withdrawal`, statement, customer)
      const canceled = await placeOrder(email, customer)
      const invoicing = getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)
      await eventually(async () =>
        (await invoicing.listInvoiceDocuments({ order_id: canceled.order.id })).length ? true : undefined,
      )
      await api.post(`/admin/orders/${canceled.order.id}/cancel`, {}, canceled.staff)
      await eventually(async () =>
        (await invoicing.listInvoiceDocuments({ order_id: canceled.order.id, kind: "credit_note" })).length
          ? true
          : undefined,
      )
      await api.post("/store/consents", await consentChoice(["necessary", "analytics"]), customer)
      await api.post(
        "/store/contact",
        { name: "Anna de Vries", email, message: "Past deze lamp op mijn fitting?" },
        store,
      )
      await api.post("/store/newsletter/subscribe", { email, source: "account" }, store)
      const { data: cart } = await api.post("/store/carts", { region_id: regions.nl }, store)
      await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: variants[1]!.id, quantity: 1 }, store)
      await api.post(`/store/carts/${cart.cart.id}/customer`, {}, customer)

      await download(customer)
      const files = await download(customer)

      const document: ExportDocument = exportDocumentSchema.parse(JSON.parse(files.get("data.json")!.toString("utf8")))
      const { records } = document
      expect(document.subject).toEqual({ kind: "customer", email })
      expect(records.profile).toEqual([
        expect.objectContaining({
          email,
          first_name: "Anna",
          last_name: "de Vries",
          phone: "+31 55 123 4567",
          birth_date: "1985-02-28",
          has_account: true,
        }),
      ])
      expect(records.addresses).toEqual([expect.objectContaining({ address_1: "Hoofdstraat 12", city: "Apeldoorn" })])
      expect(records.sessions.length).toBeGreaterThanOrEqual(1)
      expect(records.orders.map((o) => o.order_number).sort()).toEqual(
        [delivered.order.display_id, canceled.order.display_id].sort(),
      )
      expect(records.orders[0]).toMatchObject({
        email,
        shipping_name: "Anna de Vries",
        shipping_city: "Apeldoorn",
        shipping_method: expect.stringContaining("Thuisbezorgd"),
      })
      // The amounts are the order's own as its invoice states them: the total and delivery Medusa's, the VAT as the
      // invoice rounds it per rate (which may differ from Medusa's unrounded tax_total by a cent).
      const cents = (value: unknown) => Math.round(Number(value) * 100)
      for (const exported of records.orders) {
        const placed = [delivered, canceled].find((o) => o.order.display_id === exported.order_number)!
        const { data } = await api.get(
          `/admin/orders/${placed.order.id}?fields=id,total,shipping_total,tax_total`,
          placed.staff,
        )
        const [invoice] = await invoicing.listInvoiceDocuments({ order_id: placed.order.id, kind: "invoice" })
        const { totals } = invoice!.snapshot as { totals: { vat: number } }
        expect([exported.total, exported.shipping_total, exported.tax_total].map(cents)).toEqual([
          cents(data.order.total),
          cents(data.order.shipping_total),
          totals.vat,
        ])
        expect(Math.abs(totals.vat - cents(data.order.tax_total))).toBeLessThanOrEqual(1)
        expect(cents(exported.shipping_total)).toBeGreaterThan(0)
      }
      // Every column of the order kinds, which one read of each page of orders serves: each kind's rows against
      // Medusa's answer for the order and the address it was placed with, oldest order first.
      const text = (value: unknown) => (value === null || value === undefined || value === "" ? null : String(value))
      const time = (value: unknown) => (value ? new Date(value as string).toISOString() : null)
      const euros = (value: unknown) => Math.round(Number(value) * 100) / 100
      expect(records.orders.map((o) => o.order_number)).toEqual([delivered.order.display_id, canceled.order.display_id])
      for (const placed of [delivered, canceled]) {
        const { data } = await api.get(
          `/admin/orders/${placed.order.id}?fields=id,display_id,created_at,status,currency_code,*items,*payment_collections.payments,*payment_collections.payments.refunds`,
          placed.staff,
        )
        const order = data.order
        const number = order.display_id
        const exported = records.orders.find((o) => o.order_number === number)!
        expect(exported).toEqual({
          order_number: number,
          placed_at: time(order.created_at),
          status: order.status,
          email,
          currency_code: order.currency_code,
          total: exported.total,
          shipping_total: exported.shipping_total,
          tax_total: exported.tax_total,
          shipping_name: `${DUTCH_ADDRESS.first_name} ${DUTCH_ADDRESS.last_name}`,
          shipping_company: null,
          shipping_address: DUTCH_ADDRESS.address_1,
          shipping_postal_code: DUTCH_ADDRESS.postal_code,
          shipping_city: DUTCH_ADDRESS.city,
          shipping_country_code: DUTCH_ADDRESS.country_code,
          shipping_phone: null,
          billing_name: `${DUTCH_ADDRESS.first_name} ${DUTCH_ADDRESS.last_name}`,
          billing_address: DUTCH_ADDRESS.address_1,
          billing_postal_code: DUTCH_ADDRESS.postal_code,
          billing_city: DUTCH_ADDRESS.city,
          billing_country_code: DUTCH_ADDRESS.country_code,
          shipping_method: expect.stringContaining("Thuisbezorgd"),
        })
        expect(records.order_lines.filter((l) => l.order_number === number)).toEqual(
          order.items.map((line: Record<string, unknown>) => ({
            order_number: number,
            product: text(line.product_title),
            variant: text(line.variant_title),
            sku: text(line.variant_sku),
            quantity: 2,
            unit_price: euros(line.unit_price),
            total: euros(2 * Number(line.unit_price)),
          })),
        )
        const paid = order.payment_collections.flatMap((c: { payments: Record<string, unknown>[] }) => c.payments)
        expect(paid.length).toBeGreaterThan(0)
        expect(records.payments.filter((p) => p.order_number === number)).toEqual(
          paid.map((payment: Record<string, unknown>) => ({
            order_number: number,
            provider: payment.provider_id,
            amount: euros(payment.amount),
            currency_code: payment.currency_code,
            captured_at: time(payment.captured_at),
            refunded_amount: ((payment.refunds ?? []) as { amount: unknown }[]).reduce(
              (sum, refund) => sum + Number(refund.amount),
              0,
            ),
            created_at: time(payment.created_at),
          })),
        )
      }
      expect(records.order_lines).toEqual(
        [1, 2].map(() => expect.objectContaining({ quantity: 2, total: 2 * Number(item.unit_price) })),
      )
      expect(records.payments).toHaveLength(2)
      expect(records.returns).toEqual([
        expect.objectContaining({ order_number: delivered.order.display_id, items: expect.stringContaining("2 × ") }),
      ])
      expect(records.withdrawals).toEqual([
        expect.objectContaining({ order_number: delivered.order.display_id, name: "Anna de Vries", email }),
      ])
      expect(records.carts).toEqual([expect.objectContaining({ items: 1 })])
      expect(records.consent_records).toEqual([expect.objectContaining({ categories: "necessary analytics" })])
      expect(records.contact_messages).toEqual([
        expect.objectContaining({ message: "Past deze lamp op mijn fitting?" }),
      ])
      // The stored copies of the mails sent to the person, without the links that carry a key.
      expect(records.mails).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            to: email,
            template: "verify-email",
            content: expect.stringContaining('"first_name":"Anna"'),
          }),
        ]),
      )
      expect(records.mails.every((m) => !m.content?.includes("token="))).toBe(true)
      expect(records.newsletter).toEqual([expect.objectContaining({ email, status: "pending" })])
      expect(records.newsletter_events).toEqual([expect.objectContaining({ action: "requested", source: "account" })])
      // Each download is a request of its own and an entry in the access log, recorded before the zip is written.
      expect(records.data_requests).toEqual(
        [1, 2].map(() => expect.objectContaining({ kind: "export", channel: "self_service", status: "completed" })),
      )
      expect(records.staff_access).toEqual([1, 2].map(() => expect.objectContaining({ action: "export" })))
      expect(document.recipients.map((r) => r.party)).toEqual(
        dataMapFromEnv(process.env).recipients.map((r) => r.party),
      )

      // This customer has data in every personal category, so every category's records are non-empty.
      // (IP addresses live only outside the database, linked to no one: the export says where instead.)
      const empty = exportCategories(dataMapFromEnv(process.env)).filter(
        (c) => !c.kept_elsewhere && c.records.every((kind) => !records[kind as keyof typeof records].length),
      )
      expect(empty.map((c) => c.id)).toEqual([])

      const issued = await invoicing.listInvoiceDocuments({ order_id: [delivered.order.id, canceled.order.id] })
      expect(records.invoices).toHaveLength(3)
      for (const doc of issued) {
        const row = records.invoices.find((r) => r.number === doc.number)!
        expect(row.sha256).toBe(doc.pdf_sha256)
        expect(sha256(files.get(row.file)!)).toBe(doc.pdf_sha256)
      }
      // Oldest first, each with every column as the document states it.
      const byIssue = [...issued].sort(
        (a, b) => new Date(a.issued_at).getTime() - new Date(b.issued_at).getTime() || a.number.localeCompare(b.number),
      )
      expect(records.invoices).toEqual(
        byIssue.map((doc) => ({
          number: doc.number,
          kind: doc.kind,
          order_number: [delivered, canceled].find((o) => o.order.id === doc.order_id)!.order.display_id,
          issued_at: time(doc.issued_at),
          corrects_number: doc.corrects_number ?? null,
          // In euros, like the orders' amounts (the document stores cents).
          total: doc.total / 100,
          currency_code: doc.currency_code,
          sha256: doc.pdf_sha256,
          file:
            doc.kind === "invoice" ? `invoices/factuur-${doc.number}.pdf` : `credit-notes/creditnota-${doc.number}.pdf`,
        })),
      )

      expect([...files.keys()].filter((f) => f.endsWith(".pdf")).sort()).toEqual(
        issued
          .map((d) =>
            d.kind === "invoice" ? `invoices/factuur-${d.number}.pdf` : `credit-notes/creditnota-${d.number}.pdf`,
          )
          .sort(),
      )

      for (const kind of EXPORT_KIND_IDS) {
        const lines = files.get(`csv/${kind}.csv`)!.toString("utf8").split("\r\n").filter(Boolean)
        expect([kind, lines.length - 1]).toEqual([kind, records[kind].length])
      }
      const readme = files.get("README.html")!.toString("utf8")
      expect(readme).toContain("Jouw gegevens bij")
      expect(readme).toContain("Your data at")
      expect(readme).toContain(`csv/orders.csv: 2`)
    })

    it("[P-right-access] ends a complete download without an error (a response closes right after its last byte)", async () => {
      const container = getContainer()
      const subject = await guestSubject(container, "niemand@example.nl")
      const written: Promise<ExportCounts>[] = []
      const server = http.createServer((_req, res) => {
        written.push(writeExport(container, subject, dataMapFromEnv(process.env), res, new Date()))
      })
      await new Promise<void>((resolve) => server.listen(0, resolve))
      try {
        const response = await fetch(`http://localhost:${(server.address() as AddressInfo).port}/`)
        const files = await readZip(Buffer.from(await response.arrayBuffer()))
        expect([...files.keys()]).toEqual(expect.arrayContaining(["data.json", "README.html", "csv/orders.csv"]))
        await expect(written[0]).resolves.toMatchObject({ orders: 0, invoices: 0 })
      } finally {
        server.close()
      }
    })

    it("[P-right-identity] gives another customer only their own data, needs a live session and holds its rate limit", async () => {
      const first = await registerCustomer(api, mail, store, "eerste@example.nl")
      const second = await registerCustomer(api, mail, store, "tweede@example.nl")
      await placeOrder("eerste@example.nl", first)
      const files = await download(second)
      const json = files.get("data.json")!.toString("utf8")
      expect(json).not.toContain("eerste@example.nl")
      expect(JSON.parse(json).records.orders).toEqual([])

      expect((await failure(api.get("/store/account/data-export", store))).status).toBe(401)
      await api.post("/store/account/logout", {}, second)
      expect((await failure(api.get("/store/account/data-export", second))).status).toBe(401)

      for (let i = 0; i < 5; i++) await download(first)
      const limited = await failure(api.get("/store/account/data-export", first))
      expect(limited.status).toBe(429)
      expect(limited.headers["retry-after"]).toMatch(/^\d+$/)
    })
  },
})
