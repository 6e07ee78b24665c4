import { createHash } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkIn } from "@helder/testkit"
import { setClock } from "../../../src/lib/clock"
import type { ErasureReceipt } from "../../../src/personal-data/erasure-receipt"
import runDueErasures from "../../../src/jobs/run-due-erasures"
import { INVOICING_MODULE } from "../../../src/modules/invoicing"
import type InvoicingModuleService from "../../../src/modules/invoicing/service"
import { PRIVACY_REQUEST_MODULE } from "../../../src/modules/privacy-request"
import type PrivacyRequestModuleService from "../../../src/modules/privacy-request/service"
import {
  adminHeaders,
  catchMailForSuite,
  completeCart,
  consentChoice,
  deliverOrder,
  eraseAfterWindow,
  eventually,
  failure,
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
type Headers = { headers: Record<string, string> }
const HOUR = 60 * 60 * 1000
const PASSWORD = "lamp-kap-messing-47"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regions: Record<string, string>
    let variants: { id: string; stock: number }[]
    const requests = () => getContainer().resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const invoicing = () => getContainer().resolve<InvoicingModuleService>(INVOICING_MODULE)
    const sql = async (text: string, bindings: string[] = []) =>
      (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(text, bindings)).rows

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      regions = await regionIds(api, store)
      variants = (await stockedVariants(api, store, regions.nl!)).filter((v) => v.stock >= 3)
    })
    afterEach(() => setClock())

    /** A verified, logged-in customer whose name, phone and street occur nowhere else in the database. */
    async function uniqueCustomer(
      email: string,
      person: { first_name: string; last_name: string; phone: string; street: string },
    ) {
      const body = {
        ...registration(email),
        first_name: person.first_name,
        last_name: person.last_name,
        phone: person.phone,
        address: { ...registration(email).address, address_1: person.street },
      }
      await api.post("/store/account/register", body, store)
      const verification = await mail.waitFor((m) => m.to.includes(email) && m.subject === "Bevestig je e-mailadres")
      const token = new URL(linkIn(verification, "http://localhost:8000/nl/account/verify")).searchParams.get("token")
      await api.post("/store/account/verify-email", { token }, store)
      return logIn(email)
    }

    async function logIn(email: string): Promise<Headers> {
      const { data } = await api.post("/store/account/login", { email, password: PASSWORD }, store)
      return { headers: { ...store.headers, authorization: `Bearer ${data.token}`, "x-helder-session": data.session } }
    }

    async function placeOrder(email: string, auth: Headers, address: Record<string, string>) {
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[0]!.id, quantity: 1 }],
        email,
        auth,
        address: address as never,
      })
      const order = await completeCart(api, store, cartId)
      const invoice = await eventually(
        async () => (await invoicing().listInvoiceDocuments({ order_id: order.id, kind: "invoice" }))[0],
      )
      return { order, invoice }
    }

    async function requestErasure(auth: Headers, email: string) {
      const { data, status } = await api.post("/store/account/erasure", { password: PASSWORD, confirm: true }, auth)
      expect(status).toBe(202)
      const mailed = await mail.waitFor((m) => m.to.includes(email) && m.subject === "Je account wordt verwijderd")
      return {
        ...data,
        undo: new URL(linkIn(mailed, "http://localhost:8000/nl/privacy/erasure/undo")).searchParams.get("token")!,
      }
    }

    it("[P-right-erase] [P-invoices-kept] [P-erasure-by-category] [P-account-erasure-window] erases an account after the undo window and its open order: login fails, the database holds nothing of the person outside the kept invoices, the receipt says why, and the address can register again", async () => {
      const email = "wis-mij@example.nl"
      const person = {
        first_name: "Wilhelmina",
        last_name: "Zonnebloem",
        phone: "+31 6 9876 5432",
        street: "Lindelaan 77",
      }
      const auth = await uniqueCustomer(email, person)
      const address = {
        first_name: person.first_name,
        last_name: person.last_name,
        address_1: "Kastanjelaan 123",
        postal_code: "7322 XY",
        city: "Apeldoorn",
        country_code: "nl",
        phone: person.phone,
      }
      const { order, invoice } = await placeOrder(email, auth, address)
      const staff = await adminHeaders(getContainer(), api)
      const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=id,*items`, staff)
      await deliverOrder(
        api,
        order.id,
        placed.order.items.map((i: { id: string }) => ({ id: i.id, quantity: 1 })),
        staff,
      )
      await api.post("/store/consents", await consentChoice(["necessary"]), auth)
      await api.post(
        "/store/contact",
        { name: `${person.first_name} ${person.last_name}`, email, message: "Graag mijn account opheffen." },
        store,
      )
      await api.post("/store/newsletter/subscribe", { email, source: "account" }, store)
      const pdfBefore = createHash("sha256")
        .update(await invoicing().retrievePdf(invoice.id))
        .digest("hex")

      expect(
        (await failure(api.post("/store/account/erasure", { password: "not-my-password-1", confirm: true }, auth)))
          .status,
      ).toBe(401)
      const unconfirmed = await failure(api.post("/store/account/erasure", { password: PASSWORD }, auth))
      expect(unconfirmed.status).toBe(400)
      expect(unconfirmed.data.message).toContain("confirm")
      const requested = await requestErasure(auth, email)
      expect(new Date(requested.scheduled_for).getTime() - Date.now()).toBeGreaterThan(23 * HOUR)

      // During the undo window: every session has ended and login is refused with the reason.
      expect((await failure(api.get("/store/account/me", auth))).status).toBe(401)
      const blocked = await failure(api.post("/store/account/login", { email, password: PASSWORD }, store))
      expect([blocked.status, blocked.data.type]).toEqual([403, "erasure_pending"])
      expect(await runDueErasures(getContainer())).toEqual({ erased: 0, deferred: 0, failed: 0 })

      // After the window, the delivered order is still inside its 14-day return window: the erasure waits.
      setClock(() => new Date(Date.now() + 25 * HOUR))
      expect(await runDueErasures(getContainer())).toEqual({ erased: 0, deferred: 1, failed: 0 })
      await mail.waitFor((m) => m.to.includes(email) && m.subject.startsWith("Het verwijderen van je gegevens wacht"))
      const deferred = await requests().retrieveDataRequest(requested.request_id)
      expect(deferred.status).toBe("deferred")
      expect(deferred.deferred_reason).toContain(`#${order.display_id}`)

      setClock(() => new Date(new Date(deferred.scheduled_for!).getTime() + HOUR))
      expect(await runDueErasures(getContainer())).toEqual({ erased: 1, deferred: 0, failed: 0 })
      const done = await requests().retrieveDataRequest(requested.request_id)
      const receipt = done.receipt as ErasureReceipt
      expect([done.status, done.email]).toEqual(["completed", null])
      expect(receipt.scan.hits.filter((h) => !h.legal_hold)).toEqual([])
      expect(receipt.scan.passed).toBe(true)
      expect(receipt.scan.searched_for).toBeGreaterThanOrEqual(5)
      expect(receipt.scan.hits.length).toBeGreaterThan(0)
      expect(receipt.scan.hits.every((h) => ["invoice_document", "invoice_pdf"].includes(h.table))).toBe(true)
      expect(receipt.kept).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ category: "invoice", until: expect.stringMatching(/^2034-01-0\dT|^2033-12-31T/) }),
        ]),
      )
      expect(receipt.deleted.map((d) => d.category)).toEqual(
        expect.arrayContaining(["identity", "contact", "address", "account", "cart", "newsletter", "consent"]),
      )
      expect(receipt.deleted.map((d) => d.category)).not.toContain("network")
      expect(receipt.recipients.map((r) => r.party).length).toBeGreaterThan(0)
      const notices = await requests().listRecipientNotices({ request_id: requested.request_id })
      expect(notices.map((n) => n.state)).toEqual(receipt.recipients.map(() => "pending"))
      const receiptMail = await mail.waitFor(
        (m) => m.to.includes(email) && m.subject.startsWith("Je gegevens zijn verwijderd"),
      )
      expect(receiptMail.text).toContain("Geslaagd")
      expect(receiptMail.attachments.map((a) => a.filename)).toEqual(["ontvangstbewijs-verwijdering.html"])

      // Checked here independently of the scan: the rows that held the person now hold nothing of them.
      expect(await sql(`select 1 from provider_identity where entity_id = ?`, [email])).toEqual([])
      expect(
        await sql(`select email, first_name from customer where email = ? or first_name = ?`, [
          email,
          person.first_name,
        ]),
      ).toEqual([])
      expect(await sql(`select email from "order" where id = ?`, [order.id])).toEqual([{ email: null }])
      expect(
        await sql(
          `select first_name, address_1, postal_code, country_code from order_address where id = (select shipping_address_id from "order" where id = ?)`,
          [order.id],
        ),
      ).toEqual([{ first_name: null, address_1: null, postal_code: "7322", country_code: "nl" }])
      expect(await sql(`select count(*)::int as n from notification where "to" = ?`, [email])).toEqual([{ n: 0 }])
      expect(await sql(`select customer_id from consent_record`)).toEqual([{ customer_id: null }])
      // Days have passed: the morning's admin login ended long ago (30 minutes idle), so staff log in afresh.
      const later = await adminHeaders(getContainer(), api)
      expect((await failure(api.get(`/admin/orders/${order.id}`, staff))).status).toBe(401)
      const { data: kept } = await api.get(
        `/admin/orders/${order.id}?fields=total,email,*items,*shipping_address`,
        later,
      )
      expect(kept.order).toMatchObject({
        total: order.total,
        email: null,
        items: [expect.objectContaining({ quantity: 1 })],
        shipping_address: expect.objectContaining({ first_name: null, country_code: "nl" }),
      })

      // The invoice is untouched, byte for byte, and staff can still download it.
      const pdfAfter = await api.get(`/admin/invoices/${invoice.id}/pdf`, { ...later, responseType: "arraybuffer" })
      expect(createHash("sha256").update(Buffer.from(pdfAfter.data)).digest("hex")).toBe(pdfBefore)
      expect((await invoicing().listInvoiceDocuments({ id: invoice.id }))[0]!.pdf_sha256).toBe(pdfBefore)

      expect((await failure(api.post("/store/account/login", { email, password: PASSWORD }, store))).status).toBe(401)
      expect((await failure(api.post("/store/privacy/erasure/undo", { token: requested.undo }, store))).status).toBe(
        404,
      )
      const again = await api.post("/store/account/register", registration(email), store)
      expect(again.status).toBeLessThan(300)
      await mail.waitFor(
        (m) => m.to.includes(email) && m.subject === "Bevestig je e-mailadres" && m.receivedAt > receiptMail.receivedAt,
      )
    })

    it("leaves out an order another account placed with this address, in the export and in the erasure", async () => {
      const email = "carola@example.nl"
      const carola = await uniqueCustomer(email, {
        first_name: "Carola",
        last_name: "Distelvink",
        phone: "+31 6 7777 8888",
        street: "Meidoornlaan 2",
      })
      const bob = await uniqueCustomer("bob-typt-verkeerd@example.nl", {
        first_name: "Bob",
        last_name: "Brandnetel",
        phone: "+31 6 9999 0000",
        street: "Hulststraat 8",
      })
      const { order: bobs } = await placeOrder(email, bob, {
        first_name: "Bob",
        last_name: "Brandnetel",
        address_1: "Hulststraat 8",
        postal_code: "7311 AB",
        city: "Apeldoorn",
        country_code: "nl",
      })
      const exported = await api.get("/store/account/data-export", { ...carola, responseType: "arraybuffer" })
      expect(Buffer.from(exported.data).includes(Buffer.from("Brandnetel"))).toBe(false)

      expect((await eraseAfterWindow(getContainer(), api, mail, carola, email)).run).toEqual({
        erased: 1,
        deferred: 0,
        failed: 0,
      })
      expect(await sql(`select email from "order" where id = ?`, [bobs.id])).toEqual([{ email }])
      expect(
        await sql(
          `select first_name from order_address where id = (select shipping_address_id from "order" where id = ?)`,
          [bobs.id],
        ),
      ).toEqual([{ first_name: "Bob" }])
    })

    it("[P-right-erase] [P-account-erasure-window] undoes an erasure with the mailed link inside the window, after which login works and nothing is erased; used or unknown links fail", async () => {
      const email = "toch-niet@example.nl"
      const auth = await uniqueCustomer(email, {
        first_name: "Bartholomeus",
        last_name: "Klaverblad",
        phone: "+31 6 1111 2222",
        street: "Berkenhof 5",
      })
      const requested = await requestErasure(auth, email)
      expect((await failure(api.post("/store/privacy/erasure/undo", { token: "short" }, store))).status).toBe(400)
      expect((await failure(api.post("/store/privacy/erasure/undo", { token: "x".repeat(43) }, store))).status).toBe(
        404,
      )
      expect((await api.post("/store/privacy/erasure/undo", { token: requested.undo }, store)).data).toEqual({
        cancelled: true,
      })
      expect((await failure(api.post("/store/privacy/erasure/undo", { token: requested.undo }, store))).status).toBe(
        404,
      )

      const again = await logIn(email)
      expect((await api.get("/store/account/me", again)).data.customer.email).toBe(email)
      setClock(() => new Date(Date.now() + 48 * HOUR))
      expect(await runDueErasures(getContainer())).toEqual({ erased: 0, deferred: 0, failed: 0 })
      expect((await requests().retrieveDataRequest(requested.request_id)).status).toBe("cancelled")
    })

    it("never brings back an erasure undone while a run moved it: the move and its compensation write only from the status they expect", async () => {
      const now = new Date()
      const email = "ongedaan@example.nl"
      const [request] = await requests().createDataRequests([
        {
          kind: "erasure",
          channel: "self_service",
          status: "scheduled",
          email,
          subject_hash: createHash("sha256").update(email).digest("hex"),
          received_at: now,
          due_at: now,
          scheduled_for: now,
          identity_status: "verified",
          identity_method: "session",
        },
      ])
      // A run defers it; the person undoes it (cancel-erasure's conditional UPDATE); the run's next step
      // fails and its compensation puts back what the deferral changed: the undo stands.
      const { previous } = await requests().moveDataRequest(request!.id, "defer", { deferred_reason: "open orders" })
      await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw(`update data_request set status = 'cancelled' where id = ? and status = 'deferred'`, [request!.id])
      await requests().restoreDataRequest(previous)
      expect((await requests().retrieveDataRequest(request!.id)).status).toBe("cancelled")
      // And the next run cannot defer it again: an undone erasure has no move left.
      await expect(requests().moveDataRequest(request!.id, "defer", {})).rejects.toThrow()
      expect((await requests().retrieveDataRequest(request!.id)).status).toBe("cancelled")
    })

    it("runs the same erasure when staff delete a customer in Medusa Admin, and refuses while an order is open", async () => {
      const staff = await adminHeaders(getContainer(), api)
      const closedEmail = "weg-via-admin@example.nl"
      await uniqueCustomer(closedEmail, {
        first_name: "Cornelia",
        last_name: "Hazelnoot",
        phone: "+31 6 3333 4444",
        street: "Eikendreef 9",
      })
      const [closed] = await sql(`select id from customer where email = ?`, [closedEmail])
      await api.delete(`/admin/customers/${closed.id}`, staff)
      expect(await sql(`select email, first_name from customer where id = ?`, [closed.id])).toEqual([
        { email: null, first_name: null },
      ])
      expect(await sql(`select 1 from provider_identity where entity_id = ?`, [closedEmail])).toEqual([])
      const [request] = await requests().listDataRequests({ customer_id: closed.id })
      expect([request?.channel, request?.status, (request?.receipt as ErasureReceipt).scan.passed]).toEqual([
        "staff",
        "completed",
        true,
      ])

      const openEmail = "nog-onderweg@example.nl"
      const auth = await uniqueCustomer(openEmail, {
        first_name: "Dirkje",
        last_name: "Paardenbloem",
        phone: "+31 6 5555 6666",
        street: "Wilgenweg 3",
      })
      const { order } = await placeOrder(openEmail, auth, {
        first_name: "Dirkje",
        last_name: "Paardenbloem",
        address_1: "Wilgenweg 3",
        postal_code: "7311 AB",
        city: "Apeldoorn",
        country_code: "nl",
      })
      const [open] = await sql(`select id from customer where email = ?`, [openEmail])
      const refused = await failure(api.delete(`/admin/customers/${open.id}`, staff))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain(`#${order.display_id}`)
      expect(await sql(`select email, deleted_at from customer where id = ?`, [open.id])).toEqual([
        { email: openEmail, deleted_at: null },
      ])
      expect((await api.get("/store/account/me", auth)).data.customer.email).toBe(openEmail)
    })
  },
})
