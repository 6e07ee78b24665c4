import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAndCompleteReturnOrderWorkflow } from "@medusajs/medusa/core-flows"
import { returnRouting } from "../../../src/returns/return-routing"
import { INVOICING_MODULE } from "../../../src/modules/invoicing"
import type InvoicingModuleService from "../../../src/modules/invoicing/service"
import type { DocumentSnapshot } from "../../../src/modules/invoicing/snapshot"
import {
  adminHeaders,
  catchMailForSuite,
  completeCart,
  deliverOrder,
  eventually,
  readyCart,
  regionIds,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"

jest.setTimeout(300 * 1000)

const mail = catchMailForSuite()

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regions: Record<string, string>
    let variants: { id: string; stock: number }[]
    const invoicing = () => getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)
    const documentsOf = (orderId: string) =>
      invoicing().listInvoiceDocuments({ order_id: orderId }, { order: { issued_at: "ASC" } })

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      regions = await regionIds(api, store)
      variants = (await stockedVariants(api, store, regions.nl!)).filter((v) => v.stock >= 3)
    })

    /** An order of 2 units of one lamp (+ delivery) with its invoice; the payment captured when asked. */
    async function invoicedOrder(email: string, { capture = true } = {}) {
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[0]!.id, quantity: 2 }],
        email,
      })
      const order = await completeCart(api, store, cartId)
      const invoice = await eventually(async () => (await documentsOf(order.id)).find((d) => d.kind === "invoice"))
      const staff = await adminHeaders(getContainer(), api)
      const { data } = await api.get(`/admin/orders/${order.id}?fields=id,*items,*payment_collections.payments`, staff)
      const payment = data.order.payment_collections[0].payments[0]
      if (capture) await api.post(`/admin/payments/${payment.id}/capture`, {}, staff)
      return { order: data.order, invoice, staff, paymentId: payment.id as string }
    }

    it("[P-invoice-mailed] credits a received return's refund with negative amounts, its VAT and the invoice number, and leaves the invoice untouched", async () => {
      const { order, invoice, staff, paymentId } = await invoicedOrder("retour@example.nl")
      const item = order.items[0]
      await deliverOrder(api, order.id, [{ id: item.id, quantity: 2 }], staff)
      const routing = await returnRouting(getContainer())
      const { result: opened } = await createAndCompleteReturnOrderWorkflow(getContainer()).run({
        input: {
          order_id: order.id,
          items: [{ id: item.id, quantity: 1 }],
          return_shipping: { option_id: routing.option_id },
          location_id: routing.location_id,
        },
      })
      await api.post(`/admin/returns/${opened.id}/receive`, {}, staff)
      await api.post(`/admin/returns/${opened.id}/receive-items`, { items: [{ id: item.id, quantity: 1 }] }, staff)
      await api.post(`/admin/returns/${opened.id}/receive/confirm`, {}, staff)

      const unit = Math.round(Number(item.unit_price) * 100)
      await api.post(`/admin/payments/${paymentId}/refund`, { amount: unit / 100 }, staff)
      const credit = await eventually(async () => (await documentsOf(order.id)).find((d) => d.kind === "credit_note"))
      const snapshot = credit.snapshot as DocumentSnapshot
      expect(credit).toMatchObject({ corrects_number: invoice.number, total: -unit, number: "C2026-000001" })
      expect(snapshot.lines).toEqual([
        expect.objectContaining({ item_id: item.id, quantity: 1, gross: -unit, vat_rate: 21 }),
      ])
      expect(snapshot.vat).toEqual([
        { rate: 21, gross: -unit, net: -Math.round(unit / 1.21), vat: -unit + Math.round(unit / 1.21) },
      ])
      expect(snapshot.corrects).toMatchObject({ number: invoice.number, reason: "Terugbetaling" })

      const [after] = await invoicing().listInvoiceDocuments({ id: invoice.id })
      expect(after!.snapshot).toEqual(invoice.snapshot)
      expect(after!.pdf_sha256).toBe(invoice.pdf_sha256)
      const mailed = await mail.waitFor(
        (m) => m.to.includes("retour@example.nl") && m.subject.startsWith("Creditnota C2026-000001"),
      )
      expect(mailed.attachments[0]).toMatchObject({
        filename: "creditnota-C2026-000001.pdf",
        sha256: credit.pdf_sha256,
      })
      // A second refund gets its own credit note; the first refund, seen again in its event, is not credited twice.
      await api.post(`/admin/payments/${paymentId}/refund`, { amount: 0.01 }, staff)
      const all = await eventually(async () => {
        const docs = await documentsOf(order.id)
        return docs.length === 3 ? docs : undefined
      })
      expect(all.map((d) => [d.number, d.total])).toEqual([
        [invoice.number, invoice.total],
        ["C2026-000001", -unit],
        ["C2026-000002", -1],
      ])
    })

    it("credits the goods an order edit removed when the difference is refunded", async () => {
      const { order, invoice, staff, paymentId } = await invoicedOrder("wijziging@example.nl")
      const item = order.items[0]
      const { data: edit } = await api.post("/admin/order-edits", { order_id: order.id }, staff)
      await api.post(`/admin/order-edits/${order.id}/items/item/${item.id}`, { quantity: 1 }, staff)
      await api.post(`/admin/order-edits/${order.id}/request`, {}, staff)
      await api.post(`/admin/order-edits/${order.id}/confirm`, {}, staff)
      expect(edit.order_change.order_id).toBe(order.id)

      const unit = Math.round(Number(item.unit_price) * 100)
      await api.post(`/admin/payments/${paymentId}/refund`, { amount: unit / 100 }, staff)
      const credit = await eventually(async () => (await documentsOf(order.id)).find((d) => d.kind === "credit_note"))
      expect((credit.snapshot as DocumentSnapshot).lines).toEqual([
        expect.objectContaining({ item_id: item.id, quantity: 1, gross: -unit }),
      ])
      const [after] = await invoicing().listInvoiceDocuments({ id: invoice.id })
      expect(after!.pdf_sha256).toBe(invoice.pdf_sha256)
      expect((after!.snapshot as DocumentSnapshot).lines[0]!.quantity).toBe(2)
    })

    it("credits a cancelled order's whole invoice, line by line", async () => {
      const { order, invoice, staff } = await invoicedOrder("annulering@example.nl", { capture: false })
      await api.post(`/admin/orders/${order.id}/cancel`, {}, staff)
      const credit = await eventually(async () => (await documentsOf(order.id)).find((d) => d.kind === "credit_note"))
      expect(credit.total).toBe(-invoice.total)
      const lines = (credit.snapshot as DocumentSnapshot).lines
      expect(lines.map((l) => l.gross)).toEqual((invoice.snapshot as DocumentSnapshot).lines.map((l) => -l.gross))
      expect((credit.snapshot as DocumentSnapshot).corrects?.reason).toBe("Annulering van de bestelling")
    })
  },
})
