import { createHash } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dataMapFromEnv, fiscalYearEnd, retentionCutoff, termEnd } from "@helder/privacy"
import { linkIn } from "@helder/testkit"
import { runRetention } from "../../../src/workflows/retention/run-retention"
import { INVOICING_MODULE } from "../../../src/modules/invoicing"
import type InvoicingModuleService from "../../../src/modules/invoicing/service"
import { PRIVACY_REQUEST_MODULE } from "../../../src/modules/privacy-request"
import type PrivacyRequestModuleService from "../../../src/modules/privacy-request/service"
import { RETENTION_MODULE } from "../../../src/modules/retention"
import type RetentionModuleService from "../../../src/modules/retention/service"
import {
  adminHeaders,
  catchMailForSuite,
  completeCart,
  deliverOrder,
  eventually,
  failure,
  moveClock,
  readyCart,
  regionIds,
  registration,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"

jest.setTimeout(300 * 1000)
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"
process.env.RATE_LIMIT_REGISTRATIONS_PER_HOUR = "1000"

const mail = catchMailForSuite()
const map = dataMapFromEnv(process.env)
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regions: Record<string, string>
    let variants: { id: string; stock: number }[]
    /** The shop's clock for the test: fixed, so every cutoff is exact; moved forward to travel in time. */
    let NOW: Date
    const sql = async (text: string, bindings: unknown[] = []) =>
      (
        await getContainer()
          .resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(text, bindings as never)
      ).rows
    const invoicing = () => getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)
    const at = (moment: Date) => moveClock(getContainer(), moment)
    /** Just inside a rule's term (stays) and just past it (goes), as starts of the term. */
    const around = (rule: string) => {
      const cutoff = retentionCutoff(
        map.retention.find((r) => r.id === rule)!,
        NOW,
      ).getTime()
      return { inside: new Date(cutoff + 2 * HOUR), past: new Date(cutoff - 2 * HOUR) }
    }
    const rowsOf = (report: Awaited<ReturnType<typeof runRetention>>) =>
      Object.fromEntries(report!.steps.filter((s) => s.rows > 0).map((s) => [`${s.rule}:${s.action}`, s.rows]))

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      regions = await regionIds(api, store)
      variants = (await stockedVariants(api, store, regions.nl!)).filter((v) => v.stock >= 5)
    })
    beforeEach(() => {
      NOW = new Date()
      return at(NOW)
    })
    afterEach(() => moveClock(getContainer()))

    async function guestOrder(email: string, lastName: string) {
      const address = {
        first_name: "Gerda",
        last_name: lastName,
        address_1: "Beukenlaan 12",
        postal_code: "7311 AB",
        city: "Apeldoorn",
        country_code: "nl",
        phone: "+31 55 765 4321",
      }
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[0]!.id, quantity: 1 }],
        email,
        address: address as never,
      })
      const order = await completeCart(api, store, cartId)
      const invoice = await eventually(
        async () => (await invoicing().listInvoiceDocuments({ order_id: order.id, kind: "invoice" }))[0],
      )
      return { order, invoice, cartId }
    }

    async function delivered(orderId: string, staff: Headers, deliveredAt: Date) {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=id,*items`, staff)
      await deliverOrder(
        api,
        orderId,
        data.order.items.map((i: { id: string }) => ({ id: i.id, quantity: 1 })),
        staff,
      )
      await sql(
        `update fulfillment set delivered_at = ? where id in (select fulfillment_id from order_fulfillment where order_id = ?)`,
        [deliveredAt, orderId],
      )
      // Placed the day before: an order is delivered after it was placed (the purger relies on it).
      await sql(`update "order" set created_at = ? where id = ?`, [
        new Date(deliveredAt.getTime() - 86_400_000),
        orderId,
      ])
    }

    const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex")

    it("anonymises an order 2 years after delivery and cleans carts after 30 days, never touching an invoice", async () => {
      const staff = await adminHeaders(getContainer(), api)
      const orders = around("order-personal-data")
      const carts = around("carts")
      const old = await guestOrder("oud@example.nl", "Vanouds")
      const recent = await guestOrder("recent@example.nl", "Nieuwkoop")
      const open = await guestOrder("open@example.nl", "Onderweg")
      await delivered(old.order.id, staff, orders.past)
      await delivered(recent.order.id, staff, orders.inside)
      // The open order was never delivered: its term has not started, however old it is.
      await sql(`update "order" set created_at = ? where id = ?`, [orders.past, open.order.id])
      // The old order's checkout cart, and two carts left behind, one just past 30 days and one just inside.
      const abandonedOld = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[0]!.id, quantity: 1 }],
        email: "verlaten@example.nl",
      })
      const abandonedNew = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[0]!.id, quantity: 1 }],
        email: "bijna@example.nl",
      })
      for (const [cartId, moment] of [
        [old.cartId, carts.past],
        [abandonedOld, carts.past],
        [abandonedNew, carts.inside],
      ] as const) {
        await sql(`update cart set updated_at = ? where id = ?`, [moment, cartId])
        await sql(`update cart_line_item set updated_at = ? where cart_id = ?`, [moment, cartId])
      }
      const pdfBefore = sha(await invoicing().retrievePdf(old.invoice.id))

      const preview = await runRetention(getContainer(), { dryRun: true, trigger: "cli" })
      expect(rowsOf(preview)).toEqual({ "carts:delete": 2, "order-personal-data:anonymise": 1 })
      expect(preview!.steps.find((s) => s.rule === "order-personal-data")!.samples).toEqual([old.order.id])
      expect(preview!.steps.find((s) => s.rule === "carts")!.samples.sort()).toEqual([old.cartId, abandonedOld].sort())
      expect(await sql(`select email from "order" where id = ?`, [old.order.id])).toEqual([{ email: "oud@example.nl" }])

      const run = await runRetention(getContainer(), { dryRun: false, trigger: "cli", batchSize: 1 })
      expect(rowsOf(run)).toEqual(rowsOf(preview))

      // The old order: no name, street, phone or e-mail left, as ordered or as delivered; totals, lines, country and
      // postcode digits stay.
      expect(await sql(`select email from "order" where id = ?`, [old.order.id])).toEqual([{ email: null }])
      expect(
        await sql(
          `select first_name, last_name, address_1, phone, postal_code, country_code from order_address where id in (select shipping_address_id from "order" where id = ?)`,
          [old.order.id],
        ),
      ).toEqual([
        { first_name: null, last_name: null, address_1: null, phone: null, postal_code: "7311", country_code: "nl" },
      ])
      expect(
        await sql(
          `select fa.first_name, fa.address_1 from fulfillment_address fa join fulfillment f on f.delivery_address_id = fa.id join order_fulfillment of on of.fulfillment_id = f.id where of.order_id = ?`,
          [old.order.id],
        ),
      ).toEqual([{ first_name: null, address_1: null }])
      expect(
        await sql(`select count(*)::int as n from customer where email = 'oud@example.nl' or last_name = 'Vanouds'`),
      ).toEqual([{ n: 0 }])
      const { data: kept } = await api.get(`/admin/orders/${old.order.id}?fields=total,*items`, staff)
      expect(kept.order).toMatchObject({ total: old.order.total, items: [expect.objectContaining({ quantity: 1 })] })
      // Its invoice is the legal record: untouched, byte for byte.
      expect(sha(await invoicing().retrievePdf(old.invoice.id))).toBe(pdfBefore)
      expect((await invoicing().listInvoiceDocuments({ id: old.invoice.id }))[0]!.pdf_sha256).toBe(pdfBefore)
      // Orders inside their term, or not delivered, keep everything.
      expect(
        await sql(`select email from "order" where id = any(?) order by email`, [[recent.order.id, open.order.id]]),
      ).toEqual([{ email: "open@example.nl" }, { email: "recent@example.nl" }])
      expect(
        await sql(`select count(*)::int as n from customer where email = any(?)`, [
          ["recent@example.nl", "open@example.nl"],
        ]),
      ).toEqual([{ n: 2 }])

      // Carts: the abandoned one is removed and holds nothing personal; the checkout cart keeps its link to the order
      // but not the copy of the address.
      expect(
        await sql(
          `select email, deleted_at is not null as deleted, completed_at is not null as completed from cart where id = any(?) order by completed_at nulls first`,
          [[abandonedOld, old.cartId]],
        ),
      ).toEqual([
        { email: null, deleted: true, completed: false },
        { email: null, deleted: false, completed: true },
      ])
      expect(
        await sql(
          `select count(*)::int as n from cart_address where id in (select shipping_address_id from cart where id = any(?)) and first_name is not null`,
          [[abandonedOld, old.cartId]],
        ),
      ).toEqual([{ n: 0 }])
      expect(await sql(`select email, deleted_at from cart where id = ?`, [abandonedNew])).toEqual([
        { email: "bijna@example.nl", deleted_at: null },
      ])
      // Medusa's guest customer row made by the abandoned checkout goes with it; the one of a cart still inside its
      // term stays.
      expect(await sql(`select count(*)::int as n from customer where email = 'verlaten@example.nl'`)).toEqual([
        { n: 0 },
      ])
      expect(await sql(`select email, deleted_at from customer where email = 'bijna@example.nl'`)).toEqual([
        { email: "bijna@example.nl", deleted_at: null },
      ])

      // Nothing is done twice: a second run finds nothing.
      expect(rowsOf(await runRetention(getContainer(), { dryRun: false, trigger: "cli" }))).toEqual({})
    })

    it("[P-invoices-kept] deletes invoices and credit notes only after their legal term, per country and fiscal year, and refuses any other deletion", async () => {
      const documents = invoicing()
      /** A document issued at `issued` for a sale to `country` (numbers and PDF are placeholders). */
      async function issued(number: string, country: "nl" | "be", issuedAt: string) {
        const [document] = await documents.createInvoiceDocuments([
          {
            kind: "invoice" as const,
            number,
            year: Number(number.slice(0, 4)),
            sequence: 1,
            order_id: `order_${number}`,
            source_key: `order:${number}`,
            issued_at: new Date(issuedAt),
            country_code: country,
            currency_code: "eur",
            total: 2495,
            snapshot: {},
            pdf_sha256: "0".repeat(64),
          },
        ])
        await documents.createInvoicePdfs([
          { document_id: document!.id, content: Buffer.from(`%PDF ${number}`).toString("base64"), byte_size: 10 },
        ])
        return document!.id
      }
      // 31 December 2019, 23:30 in Amsterdam is still 2019; 00:30 on 1 January 2020 is the next fiscal year.
      const nl2019 = await issued("2019-000001", "nl", "2019-12-31T22:30:00Z")
      const nl2020 = await issued("2020-000001", "nl", "2019-12-31T23:30:00Z")
      const be2019 = await issued("2019-000002", "be", "2019-12-31T22:30:00Z")
      const dutch = map.retention.find((r) => r.id === "invoices-nl")!
      const termOf2019 = termEnd(dutch, fiscalYearEnd(2019))
      expect(termOf2019.toISOString()).toBe("2026-12-31T22:59:59.999Z")
      const ids = async () =>
        (await sql(`select id from invoice_document order by id`)).map((r: { id: string }) => r.id).sort()

      // 6 years and 364 days after the end of 2019, and at the last moment of the term: everything stays.
      for (const moment of [new Date(fiscalYearEnd(2019).getTime() + (6 * 365 + 364) * DAY), termOf2019]) {
        await at(moment)
        expect(rowsOf(await runRetention(getContainer(), { dryRun: false, trigger: "cli" }))).toEqual({})
      }
      expect(await ids()).toEqual([nl2019, nl2020, be2019].sort())

      // Past the term: the Dutch 2019 invoice goes with its PDF; 2020's (same night, next fiscal year) and the Belgian
      // one (10 years) stay.
      await at(new Date(termOf2019.getTime() + 1))
      const preview = await runRetention(getContainer(), { dryRun: true, trigger: "cli" })
      expect(preview!.steps.find((s) => s.rule === "invoices-nl")).toMatchObject({ rows: 1, samples: [nl2019] })
      expect(rowsOf(await runRetention(getContainer(), { dryRun: false, trigger: "cli" }))).toEqual({
        "invoices-nl:delete": 1,
      })
      expect(await ids()).toEqual([nl2020, be2019].sort())
      expect(await sql(`select count(*)::int as n from invoice_pdf where document_id = ?`, [nl2019])).toEqual([
        { n: 0 },
      ])

      await at(
        new Date(
          termEnd(
            map.retention.find((r) => r.id === "invoices-be")!,
            fiscalYearEnd(2019),
          ).getTime() + 1,
        ),
      )
      expect(rowsOf(await runRetention(getContainer(), { dryRun: false, trigger: "cli" }))).toEqual({
        "invoices-nl:delete": 1,
        "invoices-be:delete": 1,
      })
      expect(await ids()).toEqual([])

      // Outside the retention engine's purge an issued document cannot be deleted, not even in SQL.
      const survivor = await issued("2026-000009", "nl", NOW.toISOString())
      await expect(sql(`delete from invoice_document where id = ?`, [survivor])).rejects.toThrow(
        /kept for their legal term/,
      )
      await expect(sql(`delete from invoice_pdf where document_id = ?`, [survivor])).rejects.toThrow(
        /kept for their legal term/,
      )
    })

    it("[P-inactive-warning] warns an inactive account once, erases it after the grace period through the erasure workflow, and a login in between keeps the account", async () => {
      const inactive = around("inactive-accounts")
      // Different people: the erasure's residue scan rightly counts a shared name, phone or street as theirs.
      const people: Record<string, { first_name: string; last_name: string; phone: string; address_1: string }> = {
        "slaapt@example.nl": {
          first_name: "Sanne",
          last_name: "Slaapmuts",
          phone: "+31 6 1111 2222",
          address_1: "Dromenlaan 1",
        },
        "komt-terug@example.nl": {
          first_name: "Koen",
          last_name: "Terugkeer",
          phone: "+31 6 3333 4444",
          address_1: "Weerzienweg 2",
        },
        "net-ingelogd@example.nl": {
          first_name: "Nina",
          last_name: "Nieuwenhuis",
          phone: "+31 6 5555 6666",
          address_1: "Versestraat 3",
        },
        "bestelt-als-gast@example.nl": {
          first_name: "Bram",
          last_name: "Gastelaars",
          phone: "+31 6 7777 8888",
          address_1: "Kassaplein 4",
        },
        "wacht-op-levering@example.nl": {
          first_name: "Wim",
          last_name: "Wachtebeke",
          phone: "+31 6 9999 0000",
          address_1: "Geduldstraat 5",
        },
      }
      async function register(email: string) {
        const { address_1, ...person } = people[email]!
        const body = registration(email)
        await api.post(
          "/store/account/register",
          { ...body, ...person, address: { ...body.address, address_1 } },
          store,
        )
        const verification = await mail.waitFor((m) => m.to.includes(email) && m.subject === "Bevestig je e-mailadres")
        await api.post(
          "/store/account/verify-email",
          { token: new URL(linkIn(verification, "http://localhost:8000/nl/account/verify")).searchParams.get("token") },
          store,
        )
        const [row] = await sql(`select id from customer where email = ? and has_account`, [email])
        await sql(`delete from customer_session where customer_id = ?`, [row.id])
        return row.id as string
      }
      const gone = await register("slaapt@example.nl")
      const back = await register("komt-terug@example.nl")
      const recent = await register("net-ingelogd@example.nl")
      // Shops as a guest with the account's address: that order is activity too (the erasure would take it).
      const guestShopper = await register("bestelt-als-gast@example.nl")
      await guestOrder("bestelt-als-gast@example.nl", "Gastvrij")
      // Its own order was placed long ago and never delivered: warned, but not erased while the order is open.
      const waiting = await register("wacht-op-levering@example.nl")
      const session = (
        await api.post(
          "/store/account/login",
          { email: "wacht-op-levering@example.nl", password: registration("x").password },
          store,
        )
      ).data
      const auth = {
        headers: { ...store.headers, authorization: `Bearer ${session.token}`, "x-helder-session": session.session },
      }
      const openCart = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[0]!.id, quantity: 1 }],
        email: "wacht-op-levering@example.nl",
        auth,
      })
      const openOrder = await completeCart(api, store, openCart)
      await sql(`update "order" set created_at = ? where id = ?`, [inactive.past, openOrder.id])
      await sql(`delete from customer_session where customer_id = ?`, [waiting])
      await sql(`update account_profile set last_login_at = null where customer_id = ?`, [waiting])
      await sql(`update customer set created_at = ? where id = any(?)`, [
        inactive.past,
        [gone, back, recent, guestShopper, waiting],
      ])
      // Logged in 2 days inside the term: not warned now, nor a day later; a month later it has passed.
      await sql(`update account_profile set last_login_at = ? where customer_id = ?`, [
        new Date(inactive.inside.getTime() + 2 * DAY),
        recent,
      ])
      const warningsTo = (email: string) =>
        mail.messages().filter((m) => m.to.includes(email) && m.subject.startsWith("Je Helder-account wordt gewist"))

      const preview = await runRetention(getContainer(), { dryRun: true, trigger: "cli" })
      expect(rowsOf(preview)).toEqual({ "inactive-accounts:warn": 3 })
      expect(preview!.steps.find((s) => s.action === "warn")!.samples.sort()).toEqual([gone, back, waiting].sort())
      expect(rowsOf(await runRetention(getContainer(), { dryRun: false, trigger: "schedule" }))).toEqual(
        rowsOf(preview),
      )
      const warning = await mail.waitFor(
        (m) => m.to.includes("slaapt@example.nl") && m.subject.startsWith("Je Helder-account wordt gewist"),
      )
      expect(warning.text).toContain("3 jaar")
      expect(warning.text).toContain("http://localhost:8000/nl/account/login")
      await mail.waitFor(
        (m) => m.to.includes("komt-terug@example.nl") && m.subject.startsWith("Je Helder-account wordt gewist"),
      )
      const retention = getContainer().resolve<RetentionModuleService>(RETENTION_MODULE)
      const [warned] = await retention.listInactivityWarnings({ customer_id: gone })
      expect(warned).toMatchObject({
        status: "warned",
        warned_at: NOW,
        erase_after: new Date(NOW.getTime() + 30 * DAY),
      })

      // A day later: no second mail, nothing erased.
      await at(new Date(NOW.getTime() + DAY))
      expect(rowsOf(await runRetention(getContainer(), { dryRun: false, trigger: "schedule" }))).toEqual({})
      // Logging in during the grace period keeps the account.
      await at(new Date(NOW.getTime() + 2 * DAY))
      const login = await api.post(
        "/store/account/login",
        { email: "komt-terug@example.nl", password: registration("x").password },
        store,
      )
      expect(login.status).toBe(200)
      expect((await retention.listInactivityWarnings({ customer_id: back }))[0]).toMatchObject({ status: "cancelled" })

      // After the grace period: the silent account is erased like any erasure, with its receipt; the other stays.
      await at(new Date(NOW.getTime() + 31 * DAY))
      const after = await runRetention(getContainer(), { dryRun: false, trigger: "schedule" })
      expect(rowsOf(after)).toMatchObject({ "inactive-accounts:erase": 1 })
      expect(await sql(`select email, has_account from customer where id = ?`, [gone])).toEqual([
        { email: null, has_account: false },
      ])
      expect(await sql(`select email from customer where id = ?`, [back])).toEqual([{ email: "komt-terug@example.nl" }])
      const [request] = await getContainer()
        .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
        .listDataRequests({ customer_id: gone })
      expect(request).toMatchObject({ kind: "erasure", channel: "retention", status: "completed" })
      await mail.waitFor(
        (m) => m.to.includes("slaapt@example.nl") && m.subject.startsWith("Je gegevens zijn verwijderd"),
      )
      expect((await retention.listInactivityWarnings({ customer_id: gone }))[0]).toMatchObject({ status: "erased" })
      expect(
        (
          await failure(
            api.post(
              "/store/account/login",
              { email: "slaapt@example.nl", password: registration("x").password },
              store,
            ),
          )
        ).status,
      ).toBe(401)
      expect(warningsTo("slaapt@example.nl")).toHaveLength(1)
      expect(warningsTo("komt-terug@example.nl")).toHaveLength(1)
      expect(warningsTo("bestelt-als-gast@example.nl")).toHaveLength(0)
      // The account with an open order keeps everything and stays warned; no erasure request locks it out.
      expect(await sql(`select email from customer where id = ?`, [waiting])).toEqual([
        { email: "wacht-op-levering@example.nl" },
      ])
      expect(
        await getContainer()
          .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
          .listDataRequests({ customer_id: waiting }),
      ).toEqual([])
      expect((await retention.listInactivityWarnings({ customer_id: waiting }))[0]).toMatchObject({ status: "warned" })
      // 31 days on, the account whose last login was 2 days inside the term has now passed it: its warning goes out.
      expect(after!.steps.find((s) => s.action === "warn")).toMatchObject({ rows: 1, samples: [recent] })
    })
  },
})
