import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { INVOICING_MODULE } from "../../../src/modules/invoicing"
import type InvoicingModuleService from "../../../src/modules/invoicing/service"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    const issue = (kind: "invoice" | "credit_note", orderId: string, issuedAt = new Date("2026-11-22T10:00:00Z")) =>
      getContainer()
        .resolve<InvoicingModuleService>(INVOICING_MODULE)
        .issueDocument({ kind, order_id: orderId, issued_at: issuedAt, snapshot: { order: orderId } })

    it("gives 200 concurrent invoices the numbers 1..200 of the year, with no gap and no duplicate", async () => {
      const documents = await Promise.all(Array.from({ length: 200 }, (_, i) => issue("invoice", `order_${i}`)))
      const sequences = documents.map((d) => d.sequence).sort((a, b) => a - b)
      expect(sequences).toEqual(Array.from({ length: 200 }, (_, i) => i + 1))
      expect(new Set(documents.map((d) => d.number)).size).toBe(200)
      expect(documents.find((d) => d.sequence === 123)?.number).toBe("2026-000123")
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
  },
})
