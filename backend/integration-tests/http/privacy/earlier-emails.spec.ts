import type { Knex } from "knex"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { exportDocumentSchema, type ExportDocument } from "@helder/privacy"
import { linkIn, readZip } from "@helder/testkit"
import { PRIVACY_REQUEST_MODULE } from "../../../src/modules/privacy-request"
import type PrivacyRequestModuleService from "../../../src/modules/privacy-request/service"
import {
  adminHeaders,
  catchMailForSuite,
  changeEmail as changeLoginEmail,
  columnsHolding,
  completeCart,
  eraseAfterWindow,
  eventually,
  failure,
  readyCart,
  regionIds,
  registerCustomer,
  registration,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"

jest.setTimeout(300 * 1000)
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"
process.env.RATE_LIMIT_REGISTRATIONS_PER_HOUR = "1000"

const mail = catchMailForSuite()
type Headers = { headers: Record<string, string> }
const PASSWORD = "lamp-kap-messing-47"
/** Where the colleague who takes over an address lives: nothing in it is the first owner's. */
const COLLEAGUE_ADDRESS = {
  first_name: "Bert",
  last_name: "Collega",
  address_1: "Kerkplein 3",
  postal_code: "3511 AA",
  city: "Utrecht",
  country_code: "nl",
}

/**
 * Every table of the database (not only the inventory's columns) with a row that holds `text` anywhere,
 * case-insensitively.
 */
async function tablesHolding(pg: Knex, text: string): Promise<string[]> {
  return [...new Set((await columnsHolding(pg, text)).map((column) => column.split(".")[0]!))]
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regions: Record<string, string>
    let variants: { id: string; stock: number }[]
    const pg = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const requests = () => getContainer().resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      regions = await regionIds(api, store)
      variants = (await stockedVariants(api, store, regions.nl!)).filter((v) => v.stock >= 3)
    })

    /** Changes the login address by the mailed link; returns a session on the new one. */
    const changeEmail = (auth: Headers, from: string, to: string) => changeLoginEmail(api, mail, store, auth, from, to)

    async function download(auth: Headers): Promise<ExportDocument> {
      const response = await api.get("/store/account/data-export", { ...auth, responseType: "arraybuffer" })
      const files = await readZip(Buffer.from(response.data))
      return exportDocumentSchema.parse(JSON.parse(files.get("data.json")!.toString("utf8")))
    }

    /** The templates of the mails the shop stored for `email`. */
    async function mailsTo(email: string): Promise<string[]> {
      const { rows } = await pg().raw<{ rows: { template: string }[] }>(
        `select template from notification where "to" = ? order by template`,
        [email],
      )
      return rows.map((row) => row.template)
    }

    /**
     * A guest checkout (no session) with `email`: Medusa keeps a customer row without an account for it.
     * Waits for its invoice and the confirmation mail that carries it.
     */
    async function guestOrder(email: string, address?: typeof COLLEAGUE_ADDRESS) {
      const order = await completeCart(
        api,
        store,
        await readyCart(api, store, {
          regionId: regions.nl!,
          items: [{ variant_id: variants[0]!.id, quantity: 1 }],
          email,
          address,
        }),
      )
      await eventually(async () =>
        (
          await pg().raw(
            `select 1 from notification where template = 'order-confirmation' and "to" = ? and data->>'order_number' = ?`,
            [email, String(order.display_id)],
          )
        ).rows.length
          ? true
          : undefined,
      )
      return order
    }

    it("[P-right-access] [P-right-erase] exports what the shop holds under an earlier address and erases it, leaving the old address only in the invoice", async () => {
      const old = "vroeger-wisselaar@example.nl"
      const current = "nu-wisselaar@example.nl"
      const auth = await registerCustomer(api, mail, store, old)
      const staff = await adminHeaders(getContainer(), api)
      // Under the old address: a newsletter sign-up, a contact message, a guest order placed logged out,
      // a request staff logged from a letter, and the shop's mails (verification, order, the change notice).
      await api.post("/store/newsletter/subscribe", { email: old, source: "footer" }, store)
      await api.post(
        "/store/contact",
        { name: "Anna de Vries", email: old, message: "Is de messing kap ook in zwart te krijgen?" },
        store,
      )
      const order = await guestOrder(old)
      const { data: logged } = await api.post(
        "/admin/privacy-requests",
        {
          kind: "correction",
          email: old,
          received_on: new Date().toISOString().slice(0, 10),
          details: "Brief: mijn naam is anders gespeld",
        },
        staff,
      )

      const fresh = await changeEmail(auth, old, current)
      // Staff cancel the guest order after the change: its credit note is mailed where the order was placed.
      await api.post(`/admin/orders/${order.id}/cancel`, {}, staff)
      await eventually(async () => ((await mailsTo(old)).includes("credit-note") ? true : undefined))

      const document = await download(fresh)
      expect(document.subject).toEqual({ kind: "customer", email: current })
      expect(document.records.earlier_emails).toEqual([{ email: old, replaced_at: expect.any(String) }])
      expect(document.records.profile).toEqual([expect.objectContaining({ email: current })])
      expect(document.records.newsletter).toEqual([expect.objectContaining({ email: old, status: "pending" })])
      expect(document.records.newsletter_events).toEqual([
        expect.objectContaining({ action: "requested", source: "footer" }),
      ])
      expect(document.records.contact_messages).toEqual([
        expect.objectContaining({ email: old, message: "Is de messing kap ook in zwart te krijgen?" }),
      ])
      expect(document.records.orders).toEqual([expect.objectContaining({ order_number: order.display_id, email: old })])
      expect(
        document.records.mails
          .filter((m) => m.to === old)
          .map((m) => m.template)
          .sort(),
      ).toEqual(await mailsTo(old))
      expect(await mailsTo(old)).toEqual(
        expect.arrayContaining(["credit-note", "email-changed", "order-confirmation", "verify-email"]),
      )
      expect(document.records.data_requests).toEqual(
        expect.arrayContaining([expect.objectContaining({ kind: "correction", channel: "staff" })]),
      )

      // The privacy desk's export for the current address reads the same.
      const { data: desk } = await api.post(
        "/admin/privacy-requests",
        { kind: "export", email: current, received_on: new Date().toISOString().slice(0, 10) },
        staff,
      )
      await api.post(
        `/admin/privacy-requests/${desk.request.id}/actions`,
        { action: "verify_identity", method: "Mail vanaf het huidige adres" },
        staff,
      )
      const response = await api.post(
        `/admin/privacy-requests/${desk.request.id}/export`,
        { reason: "Inzageverzoek" },
        { ...staff, responseType: "arraybuffer" },
      )
      const files = await readZip(Buffer.from(response.data))
      const deskDocument = exportDocumentSchema.parse(JSON.parse(files.get("data.json")!.toString("utf8")))
      expect(deskDocument.records.earlier_emails.map((e) => e.email)).toEqual([old])
      expect(deskDocument.records.orders.map((o) => o.order_number)).toEqual([order.display_id])
      expect(deskDocument.records.contact_messages).toHaveLength(1)

      expect(await tablesHolding(pg(), old)).toEqual(
        expect.arrayContaining([
          "contact_message",
          "customer",
          "data_request",
          "earlier_email",
          "newsletter_subscription",
          "notification",
          "order",
        ]),
      )
      const { request: done } = await eraseAfterWindow(getContainer(), api, mail, fresh, current)
      expect({ status: done.status, reason: done.deferred_reason }).toEqual({ status: "completed", reason: null })
      expect(await requests().retrieveDataRequest(logged.request.id)).toMatchObject({ email: null, details: null })

      // The one exception is the law's: the guest order's invoice keeps its buyer as issued (legal hold).
      expect(await tablesHolding(pg(), old)).toEqual(["invoice_document"])
      expect(await tablesHolding(pg(), current)).toEqual([])
    })

    it("[P-right-access] [P-right-erase] splits an address that changed hands: each holder gets and erases only what came while they held it", async () => {
      const old = "doorgegeven@example.nl"
      const auth = await registerCustomer(api, mail, store, old)
      await api.post(
        "/store/contact",
        { name: "Anna de Vries", email: old, message: "Vraag van de eerste eigenaar" },
        store,
      )
      // The first owner asks the desk for a restriction from the account, under the address they hold then.
      const { data: restriction } = await api.post(
        "/store/account/privacy-requests",
        { kind: "restriction", details: "Gebruik mijn gegevens even niet", locale: "nl" },
        auth,
      )
      const before = await guestOrder(old)
      const fresh = await changeEmail(auth, old, "eigen-adres@example.nl")
      const mailedBefore = await mailsTo(old)
      // The old mailbox now belongs to a colleague, who writes in, orders as a guest and then registers with it.
      await api.post(
        "/store/contact",
        { name: "Bert Collega", email: old, message: "Vraag van de nieuwe eigenaar" },
        store,
      )
      const later = await guestOrder(old, COLLEAGUE_ADDRESS)
      const isVerification = (m: { to: string[]; subject: string }) =>
        m.to.includes(old) && m.subject === "Bevestig je e-mailadres"
      const earlierMails = mail.messages().filter(isVerification)
      const { first_name, last_name, address_1, city, country_code } = COLLEAGUE_ADDRESS
      await api.post(
        "/store/account/register",
        {
          ...registration(old),
          first_name,
          last_name,
          phone: "+31 30 765 4321",
          address: { address_1, postal_code: "3511aa", city, country_code },
        },
        store,
      )
      const verification = await mail.waitFor((m) => isVerification(m) && !earlierMails.includes(m))
      await api.post(
        "/store/account/verify-email",
        { token: new URL(linkIn(verification, "http://localhost:8000/nl/account/verify")).searchParams.get("token") },
        store,
      )
      const { data: login } = await api.post("/store/account/login", { email: old, password: PASSWORD }, store)
      const colleague = {
        headers: { ...store.headers, authorization: `Bearer ${login.token}`, "x-helder-session": login.session },
      }

      const first = await download(fresh)
      expect(first.records.contact_messages.map((m) => m.message)).toEqual(["Vraag van de eerste eigenaar"])
      expect(first.records.orders.map((o) => o.order_number)).toEqual([before.display_id])
      expect(
        first.records.mails
          .filter((m) => m.to === old)
          .map((m) => m.template)
          .sort(),
      ).toEqual(mailedBefore)

      // The desk's request is the first owner's alone: the colleague's account neither lists nor opens it.
      expect(
        (await api.get("/store/account/privacy-requests", fresh)).data.requests.map((r: { id: string }) => r.id),
      ).toContain(restriction.request.id)
      expect((await api.get("/store/account/privacy-requests", colleague)).data.requests).toEqual([])
      expect(
        (await failure(api.get(`/store/account/privacy-requests/${restriction.request.id}`, colleague))).status,
      ).toBe(404)

      const second = await download(colleague)
      expect(second.records.earlier_emails).toEqual([])
      expect(second.records.contact_messages.map((m) => m.message)).toEqual(["Vraag van de nieuwe eigenaar"])
      // Verification claimed the colleague's own guest order, not the one placed before the address changed hands.
      expect(second.records.orders.map((o) => o.order_number)).toEqual([later.display_id])
      expect(second.records.mails.map((m) => m.template)).not.toContain("email-changed")
      expect(second.records.mails.filter((m) => m.template === "order-confirmation")).toHaveLength(1)

      // The colleague moves on in turn: under the address they gave up, only what they created while they held it is
      // theirs.
      const moved = await changeEmail(colleague, old, "collega-verder@example.nl")
      const third = await download(moved)
      expect(third.records.earlier_emails).toEqual([{ email: old, replaced_at: expect.any(String) }])
      expect(third.records.contact_messages.map((m) => m.message)).toEqual(["Vraag van de nieuwe eigenaar"])
      expect(third.records.orders.map((o) => o.order_number)).toEqual([later.display_id])
      // Their own mails under it, each once: none of the first owner's (their verification, order, request, change
      // notice).
      expect(
        third.records.mails
          .filter((m) => m.to === old)
          .map((m) => m.template)
          .sort(),
      ).toEqual(["contact-received", "email-changed", "order-confirmation", "verify-email"])
      expect(
        (await api.get("/store/account/privacy-requests", moved)).data.requests.map((r: { kind: string }) => r.kind),
      ).toEqual(["export", "export"])

      // The first owner's erasure leaves the colleague's rows under the address alone, and counts none of them as
      // residue.
      const staff = await adminHeaders(getContainer(), api)
      await api.post(`/admin/orders/${before.id}/cancel`, {}, staff)
      const { request: done } = await eraseAfterWindow(getContainer(), api, mail, fresh, "eigen-adres@example.nl")
      expect({ status: done.status, reason: done.deferred_reason }).toEqual({ status: "completed", reason: null })
      // The erasure keeps the time the address changed hands (as a keyed hash only): the colleague still sees only
      // their own requests.
      expect(
        (await api.get("/store/account/privacy-requests", moved)).data.requests.map((r: { kind: string }) => r.kind),
      ).toEqual(["export", "export"])
      const { rows: left } = await pg().raw<{ rows: { message: string }[] }>(
        `select message from contact_message where email = ? order by message`,
        [old],
      )
      expect(left.map((row) => row.message)).toEqual(["Vraag van de nieuwe eigenaar"])
      expect((await pg().raw(`select 1 from "order" where id = ? and email = ?`, [later.id, old])).rows).toHaveLength(1)
    })
  },
})
