import type { Knex } from "knex"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { personTokens, scanResidue } from "../../../src/personal-data/residue-scan"
import { adminHeaders } from "../helpers"

// The generator of `npm run bench:million` (CommonJS, so the bench and this suite load the same statements).
const generator = require("../../../../bench/million-orders.cjs") as {
  ACCOUNT: { email(j: number): string; first(j: number): string; last: string }
  millionFill(size: { orders: number; customers: number }): [string, unknown[]][]
  millionSizes(size: { orders: number; customers: number }): { heavy: number; requests: number }
  invoiceNumberingProblems(db: Knex): Promise<{ problems: string[]; documents: number }>
}

jest.setTimeout(180 * 1000)
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"

const SIZE = { orders: 2000, customers: 100 }
const { ACCOUNT } = generator
/** What the erasure collects of a generated account: its address, login e-mail, phone and name. */
const accountTokens = (j: number) =>
  personTokens({
    strings: [ACCOUNT.email(j), `Kerkweg ${j}`],
    phones: [`061${String(j).padStart(7, "0")}`],
    names: [{ first: ACCOUNT.first(j), last: ACCOUNT.last }],
  })

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const pg = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const count = async (sql: string, bindings: unknown[] = []) =>
      Number((await pg().raw(sql, bindings as Knex.RawBinding[])).rows[0].n)

    // The runner empties the database after every test: each starts from a freshly generated shop.
    beforeEach(async () => {
      for (const [sql, bindings] of generator.millionFill(SIZE)) await pg().raw(sql, bindings as Knex.RawBinding[])
    })

    it("fills a migrated database whose invoices and credit notes pass the numbering checks, each order with its lines, payment and invoice", async () => {
      const { heavy, requests } = generator.millionSizes(SIZE)
      // One order in 50 is cancelled and has its credit note beside its invoice.
      expect(await generator.invoiceNumberingProblems(pg())).toEqual({ problems: [], documents: 2000 + 40 })
      expect(await count(`select count(*) as n from "order"`)).toBe(2000)
      expect(await count(`select count(distinct order_id) as n from order_item`)).toBe(2000)
      expect(await count(`select count(distinct order_id) as n from order_payment_collection`)).toBe(2000)
      expect(await count(`select count(*) as n from customer where has_account`)).toBe(100)
      expect(await count(`select count(*) as n from data_request`)).toBe(requests)
      for (const j of [1, 2])
        expect(
          await count(`select count(*) as n from "order" where customer_id = ?`, [
            `cus_acc_${String(j).padStart(10, "0")}`,
          ]),
        ).toBe(heavy)
      // The orders spread over six years, and the sequence gives the next order the next number.
      expect(
        await count(`select count(distinct extract(year from created_at)) as n from "order"`),
      ).toBeGreaterThanOrEqual(6)
      expect(await count(`select nextval('order_display_id_seq') as n`)).toBe(2001)
    })

    it("puts an account's data only in columns the schema inventory lists, its invoices held; someone not in the data is found nowhere", async () => {
      const scan = await scanResidue(pg(), accountTokens(7))
      const tables = new Set(scan.hits.map((hit) => hit.table))
      for (const table of [
        "customer",
        "customer_address",
        "order",
        "order_address",
        "fulfillment_address",
        "invoice_document",
      ])
        expect(tables).toContain(table)
      expect(scan.hits.filter((hit) => hit.legal_hold).map((hit) => hit.table)).toEqual(["invoice_document"])
      expect(scan.passed).toBe(false)
      expect((await scanResidue(pg(), accountTokens(SIZE.customers + 1))).hits).toEqual([])
    })

    it("erases generated account 2 with all its orders from the privacy desk, and the residue scan passes with only the kept invoices left", async () => {
      const staff = await adminHeaders(getContainer(), api)
      const email = ACCOUNT.email(2)
      const { data } = await api.post(
        "/admin/privacy-requests",
        { kind: "erasure", email, received_on: new Date().toISOString().slice(0, 10) },
        staff,
      )
      const id: string = data.request.id
      await api.post(`/admin/privacy-requests/${id}/actions`, { action: "verify_identity", method: "test" }, staff)
      const { data: run } = await api.post(
        `/admin/privacy-requests/${id}/erase`,
        { reason: "Verzoek per e-mail" },
        staff,
      )
      expect(run.outcome).toBe("erased")
      const { data: detail } = await api.get(`/admin/privacy-requests/${id}`, staff)
      expect(detail.request.receipt.scan.passed).toBe(true)
      expect(detail.request.receipt.scan.hits.map((hit: { table: string }) => hit.table)).toEqual(["invoice_document"])
      expect(await count(`select count(*) as n from "order" where email = ?`, [email])).toBe(0)
    })
  },
})
