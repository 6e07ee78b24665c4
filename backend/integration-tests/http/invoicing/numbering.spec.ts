import { createHash } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { INVOICING_MODULE } from "../../../src/modules/invoicing"
import type InvoicingModuleService from "../../../src/modules/invoicing/service"
import { sampleSnapshot } from "../../../src/modules/invoicing/__tests__/fixtures"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    const issue = (kind: "invoice" | "credit_note", orderId: string, issuedAt = new Date("2026-11-22T10:00:00Z")) =>
      getContainer()
        .resolve<InvoicingModuleService>(INVOICING_MODULE)
        .issueDocument({
          kind,
          order_id: orderId,
          source_key: `${kind}:${orderId}`,
          issued_at: issuedAt,
          snapshot: sampleSnapshot(),
        })

    it("gives 200 concurrent invoices the numbers 1..200 of the year, with no gap and no duplicate", async () => {
      const documents = await Promise.all(Array.from({ length: 200 }, (_, i) => issue("invoice", `order_${i}`)))
      const sequences = documents.map((d) => d.sequence).sort((a, b) => a - b)
      expect(sequences).toEqual(Array.from({ length: 200 }, (_, i) => i + 1))
      expect(new Set(documents.map((d) => d.number)).size).toBe(200)
      expect(documents.find((d) => d.sequence === 123)?.number).toBe("2026-000123")
    })

    it("takes the year of the number from the Dutch calendar: New Year's night in Amsterdam is already the new year", async () => {
      expect((await issue("invoice", "order_newyear", new Date("2026-12-31T23:30:00Z"))).number).toBe("2027-000001")
    })

    it("numbers credit notes in their own sequence and starts again in a new year", async () => {
      // The runner gives every test a fresh database, so this year's sequence starts at 1 again.
      expect((await issue("invoice", "order_first")).number).toBe("2026-000001")
      const credit = await issue("credit_note", "order_c1")
      expect(credit.number).toBe("C2026-000001")
      const nextYear = await issue("invoice", "order_n1", new Date("2027-01-01T00:00:01Z"))
      expect(nextYear.number).toBe("2027-000001")
      expect((await issue("invoice", "order_after")).number).toBe("2026-000002")
    })

    it("issues a source once, even when asked concurrently, and keeps the PDF's SHA-256", async () => {
      const twins = await Promise.all(Array.from({ length: 5 }, () => issue("invoice", "order_twin")))
      expect(new Set(twins.map((d) => d.id)).size).toBe(1)
      const invoicing = getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)
      const pdf = await invoicing.retrievePdf(twins[0]!.id)
      expect(createHash("sha256").update(pdf).digest("hex")).toBe(twins[0]!.pdf_sha256)
      expect(await invoicing.listInvoiceDocuments({ order_id: "order_twin" })).toHaveLength(1)
    })

    it("never credits more than the order's invoice, even when credit notes are issued at the same time", async () => {
      const invoicing = getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)
      await issue("invoice", "order_credited")
      const invoiceTotal = sampleSnapshot().totals.gross
      const credit = (gross: number, key: string) =>
        invoicing.issueDocument({
          kind: "credit_note",
          order_id: "order_credited",
          source_key: key,
          issued_at: new Date("2026-11-22T11:00:00Z"),
          snapshot: sampleSnapshot({ totals: { net: 0, vat: 0, gross }, vat: [{ rate: 21, net: 0, vat: 0, gross }] }),
        })
      const results = await Promise.allSettled([credit(-invoiceTotal + 100, "refund:a"), credit(-200, "refund:b")])
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"])
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === "rejected")
      expect(String(rejected?.reason)).toMatch(/exceeds the (100|20485) cents left/)
      await expect(credit(-100, "refund:c")).resolves.toMatchObject({ total: -100 })
    })

    it("refuses, in the database itself, any change to an issued document or its PDF", async () => {
      const document = await issue("invoice", "order_frozen")
      const invoicing = getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)
      await expect(invoicing.updateInvoiceDocuments({ id: document.id, total: 1 })).rejects.toThrow(/cannot be changed/)
      await expect(
        invoicing.updateInvoiceDocuments({
          id: document.id,
          snapshot: { ...document.snapshot, totals: { net: 0, vat: 0, gross: 0 } },
        }),
      ).rejects.toThrow(/cannot be changed/)
      // A soft delete would free the number's source for a second issue: refused too.
      await expect(invoicing.softDeleteInvoiceDocuments(document.id)).rejects.toThrow(/cannot be changed/)
      const [pdf] = await invoicing.listInvoicePdfs({ document_id: document.id })
      await expect(invoicing.updateInvoicePdfs({ id: pdf!.id, content: "JVBERi0=" })).rejects.toThrow(
        /cannot be changed/,
      )
      const [after] = await invoicing.listInvoiceDocuments({ id: document.id })
      expect(after!.total).toBe(document.total)
    })
  },
})
