import { randomUUID } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { exportDocumentSchema } from "@helder/privacy"
import { linkIn, readZip } from "@helder/testkit"
import { setClock } from "../../../src/lib/clock"
import { runRetention } from "../../../src/workflows/retention/run-retention"
import { RETENTION_TASKS } from "../../../src/workflows/retention/retention-tasks"
import { ANALYTICS_MODULE } from "../../../src/modules/analytics"
import type AnalyticsModuleService from "../../../src/modules/analytics/service"
import { NEWSLETTER_MODULE } from "../../../src/modules/newsletter"
import type NewsletterModuleService from "../../../src/modules/newsletter/service"
import { PRIVACY_REQUEST_MODULE } from "../../../src/modules/privacy-request"
import type PrivacyRequestModuleService from "../../../src/modules/privacy-request/service"
import {
  adminHeaders,
  catchMailForSuite,
  changeEmail,
  completeCart,
  consentChoice,
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
// Every request comes from one IP here; the per-IP mail limit is tested in account/limits.spec.ts.
process.env.RATE_LIMIT_MAILS_PER_IP_PER_HOUR = "1000"

const mail = catchMailForSuite()
type Headers = { headers: Record<string, string> }
const DAY = 24 * 60 * 60 * 1000
const issue = { subject: "Nieuw: de Nova", body: "De Nova-hanglamp is er nu ook in groen." }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let staff: Headers & { user_id: string }
    let regions: Record<string, string>
    let variants: { id: string; stock: number }[]
    const requests = () => getContainer().resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const newsletter = () => getContainer().resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
    const counted = async () =>
      (await getContainer().resolve<AnalyticsModuleService>(ANALYTICS_MODULE).listAnalyticsEvents({})).length
    const sql = async (text: string, bindings: unknown[] = []) =>
      (
        await getContainer()
          .resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(text, bindings as never)
      ).rows
    const act = (id: string, body: object) => api.post(`/admin/privacy-requests/${id}/actions`, body, staff)

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      regions = await regionIds(api, store)
      variants = (await stockedVariants(api, store, regions.nl!)).filter((v) => v.stock >= 3)
      staff = await adminHeaders(getContainer(), api)
    })

    /**
     * An order (as the logged-in customer when `auth` is given), cancelled so long ago that its personal data is past
     * its 2-year term.
     */
    async function oldOrder(email: string, auth?: Headers) {
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[0]!.id, quantity: 1 }],
        email,
        ...(auth ? { auth } : {}),
      })
      const order = await completeCart(api, store, cartId)
      await api.post(`/admin/orders/${order.id}/cancel`, {}, staff)
      // Placed the day before it was cancelled (the retention purger relies on events following the placing).
      const canceledAt = new Date(Date.now() - 2 * 365 * DAY - 30 * DAY)
      await sql(`update "order" set canceled_at = ?, created_at = ? where id = ?`, [
        canceledAt,
        new Date(canceledAt.getTime() - DAY),
        order.id,
      ])
      return order
    }

    /** A confirmed newsletter subscription. */
    async function subscribed(email: string) {
      const isConfirmation = (m: { to: string[]; subject: string }) =>
        m.to.includes(email) && m.subject === "Bevestig je inschrijving voor de nieuwsbrief"
      const earlier = mail.messages().filter(isConfirmation)
      await api.post("/store/newsletter/subscribe", { email, source: "footer", locale: "nl" }, store)
      const confirm = await mail.waitFor((m) => isConfirmation(m) && !earlier.includes(m))
      await api.post(
        "/store/newsletter/confirm",
        { token: new URL(linkIn(confirm, "http://localhost:8000/nl/newsletter/confirm")).searchParams.get("token") },
        store,
      )
    }

    /** Sends an issue; returns to whom of `emails` it went. */
    async function newsletterReaches(emails: string[]) {
      const before = mail.messages().length
      const { data } = await api.post("/admin/newsletter/send", issue, staff)
      const sent = await eventually(async () => {
        const arrived = mail
          .messages()
          .slice(before)
          .filter((m) => m.subject === issue.subject)
        return arrived.length === data.sent ? arrived : undefined
      })
      return emails.filter((email) => sent.some((m) => m.to.includes(email)))
    }

    /** One statistics event from a logged-in visitor with analytics consent; answers whether it counted. */
    async function statisticsEvent(auth: Headers) {
      const choice = await consentChoice(["necessary", "analytics"])
      await api.post("/store/consents", choice, store)
      const before = await counted()
      const event = {
        name: "page_view",
        path: "/nl/categories/tafellampen",
        device_class: "mobile",
        visitor_key: randomUUID().replace(/-/g, ""),
        locale: "nl",
      }
      const { status, data } = await api.post("/store/analytics/events", event, {
        headers: { ...auth.headers, "x-helder-consent": choice.consent_id },
      })
      expect(status).toBe(202)
      expect(await counted()).toBe(before + (data.counted ? 1 : 0))
      return data.counted as boolean
    }

    /** A dry run: what the engine would do now, by rule and action (sample ids). */
    async function dueNow() {
      const report = await runRetention(getContainer(), { dryRun: true, trigger: "cli" })
      // Every rule ran (a failing selection would only be logged): the restriction's SQL holds in each.
      expect(report!.steps).toHaveLength(RETENTION_TASKS.length)
      return (rule: string, action: string) =>
        report!.steps.find((s) => s.rule === rule && s.action === action)!.samples
    }
    /** The orders the engine would anonymise now. */
    const dueForAnonymising = async () => (await dueNow())("order-personal-data", "anonymise")
    /** The accounts the engine would warn now before erasing them as inactive. */
    const dueForWarning = async () => (await dueNow())("inactive-accounts", "warn")

    /** An account with no sign of life for four years: the inactive-accounts rule would warn, then erase it. */
    async function dormant(email: string) {
      await registerCustomer(api, mail, store, email)
      const [{ id }] = await sql(`select id from customer where email = ? and has_account`, [email])
      const long = new Date(Date.now() - 4 * 365 * DAY)
      await sql(`update customer set created_at = ? where id = ?`, [long, id])
      await sql(`update account_profile set last_login_at = ? where customer_id = ?`, [long, id])
      await sql(`update customer_session set last_seen_at = ? where customer_id = ?`, [long, id])
      return id as string
    }

    async function exported(auth: Headers) {
      const response = await api.get("/store/account/data-export", { ...auth, responseType: "arraybuffer" })
      const files = await readZip(Buffer.from(response.data))
      return exportDocumentSchema.parse(JSON.parse(files.get("data.json")!.toString("utf8"))).records.data_requests
    }

    it("[P-right-restrict] [P-right-identity] restricts a guest-form request after the identity step: no newsletter, no statistics, no retention purge until the desk lifts it, mailing first", async () => {
      const email = "beperkt@example.nl"
      const auth = await registerCustomer(api, mail, store, email)
      const order = await oldOrder(email, auth)
      const control = await oldOrder("gewoon@example.nl")
      await subscribed(email)
      await subscribed("lezer-gewoon@example.nl")
      // Without a restriction the engine would anonymise both orders now.
      expect((await dueForAnonymising()).sort()).toEqual([order.id, control.id].sort())

      // A restriction logged by staff from a letter keeps a dormant account from the inactivity erasure too.
      const sleeper = await dormant("slaper@example.nl")
      expect(await dueForWarning()).toEqual([sleeper])
      const { data: letter } = await api.post(
        "/admin/privacy-requests",
        { kind: "restriction", email: "slaper@example.nl", received_on: new Date().toISOString().slice(0, 10) },
        staff,
      )
      await act(letter.request.id, { action: "verify_identity", method: "Brief met kopie legitimatie" })
      await act(letter.request.id, { action: "complete" })
      expect(await dueForWarning()).toEqual([])

      // The guest form, the mailed link, the desk's due date one month on.
      const bad = await failure(
        api.post(
          "/store/privacy/requests",
          { kind: "limit", email, order_number: String(order.display_id), locale: "nl" },
          store,
        ),
      )
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("choose what you want us to do")])
      await api.post(
        "/store/privacy/requests",
        {
          kind: "restriction",
          email,
          order_number: String(order.display_id),
          details: "Mijn adres klopt niet; zoek het eerst uit.",
          locale: "nl",
        },
        store,
      )
      const confirm = await mail.waitFor((m) => m.to.includes(email) && m.subject === "Bevestig je privacyverzoek")
      expect(confirm.text).toContain("beperking van het gebruik")
      const [waiting] = await requests().listDataRequests({ kind: "restriction", channel: "guest" })
      expect(waiting).toMatchObject({ status: "awaiting_verification", identity_status: "pending" })
      // Before the identity step the desk cannot put it in force.
      expect((await failure(act(waiting!.id, { action: "complete" }))).data.message).toBe(
        "Verify the requester's identity first.",
      )
      const token = new URL(linkIn(confirm, "http://localhost:8000/nl/privacy/request/verify")).searchParams.get(
        "token",
      )
      expect((await api.post("/store/privacy/requests/verify", { token }, store)).data).toEqual({
        kind: "restriction",
        download_token: null,
        scheduled_for: null,
      })
      const { data: listed } = await api.get("/admin/privacy-requests?kind=restriction", staff)
      const request = listed.requests.find((r: { id: string }) => r.id === waiting!.id)
      expect(request).toMatchObject({
        status: "received",
        identity_status: "verified",
        identity_method: "mailed_link",
        lifted_at: null,
      })
      const term = new Date(request.due_at).getTime() - new Date(request.received_at).getTime()
      expect(term).toBeGreaterThan(27 * DAY)
      expect(term).toBeLessThan(32 * DAY)
      expect((await failure(act(request.id, { action: "lift", reason: "te vroeg" }))).data.message).toBe(
        "This restriction is not in force yet: complete it first.",
      )

      await act(request.id, { action: "complete", note: "Adres wordt nagekeken." })
      const started = await mail.waitFor(
        (m) => m.to.includes(email) && m.subject === "We hebben het gebruik van je gegevens beperkt",
      )
      expect(started.text).toContain("Adres wordt nagekeken.")
      const inForce = (await api.get(`/admin/privacy-requests/${request.id}`, staff)).data.request
      expect(inForce).toMatchObject({ status: "completed", lifted_at: null })
      // The request now names the account under its address too, so a logged-in visit is recognised.
      expect((await requests().retrieveDataRequest(request.id)).customer_id).toBe(
        (await api.get("/store/account/me", auth)).data.customer.id,
      )

      // Restricted: no newsletter, no statistics, the engine keeps the order (the other one goes).
      expect(await newsletterReaches([email, "lezer-gewoon@example.nl"])).toEqual(["lezer-gewoon@example.nl"])
      expect(await statisticsEvent(auth)).toBe(false)
      // A restriction that names only the address (the account came later) is recognised too.
      const customerId = (await requests().retrieveDataRequest(request.id)).customer_id
      await requests().updateDataRequests({ id: request.id, customer_id: null })
      expect(await statisticsEvent(auth)).toBe(false)
      await requests().updateDataRequests({ id: request.id, customer_id: customerId })
      expect(await dueForAnonymising()).toEqual([control.id])
      expect((await runRetention(getContainer(), { dryRun: false, trigger: "cli" }))!.steps).toHaveLength(
        RETENTION_TASKS.length,
      )
      expect(
        await sql(`select id, email from "order" where id = any(?) order by email nulls first`, [
          [order.id, control.id],
        ]),
      ).toEqual([
        { id: control.id, email: null },
        { id: order.id, email },
      ])
      // Their invoices outlive their term too, kept for a legal claim (art. 18(1)(c)); another buyer's go.
      const invoiceOf = (orderId: string) =>
        eventually(
          async () =>
            (await sql(`select id from invoice_document where order_id = ? and kind = 'invoice'`, [orderId]))[0]?.id as
              string | undefined,
        )
      const [kept, controlInvoice] = [await invoiceOf(order.id), await invoiceOf(control.id)]
      setClock(() => new Date(Date.now() + 9 * 365 * DAY))
      try {
        const due = (await dueNow())("invoices-nl", "delete")
        expect(due).toContain(controlInvoice)
        expect(due).not.toContain(kept)
      } finally {
        setClock()
      }
      // The customer sees it in force in the export and on the account.
      expect((await exported(auth)).filter((r) => r.kind === "restriction")).toEqual([
        expect.objectContaining({ status: "completed", lifted_at: null }),
      ])
      const mine = (await api.get("/store/account/privacy-requests", auth)).data.requests
      expect(mine.filter((r: { kind: string }) => r.kind === "restriction")).toEqual([
        expect.objectContaining({ id: request.id, status: "completed", lifted_at: null }),
      ])

      // Lifting needs a reason, mails it first (art. 18(3)), then restores all three.
      expect((await failure(act(request.id, { action: "lift" }))).status).toBe(400)
      const { data: lifted } = await act(request.id, {
        action: "lift",
        reason: "Het adres klopte; de beperking is niet meer nodig.",
      })
      expect(lifted.request.lifted_at).toEqual(expect.any(String))
      const told = await mail.waitFor(
        (m) => m.to.includes(email) && m.subject === "We heffen de beperking van je gegevens op",
      )
      expect(told.text).toContain("Het adres klopte")
      const [notice] = await sql(
        `select created_at from notification where template = 'privacy-restriction-lifted' and "to" = ?`,
        [email],
      )
      expect(new Date(notice.created_at).getTime()).toBeLessThanOrEqual(new Date(lifted.request.lifted_at).getTime())
      expect((await failure(act(request.id, { action: "lift", reason: "nog een keer" }))).data.message).toBe(
        "This restriction was already lifted.",
      )

      expect(await newsletterReaches([email, "lezer-gewoon@example.nl"])).toEqual([email, "lezer-gewoon@example.nl"])
      expect(await statisticsEvent(auth)).toBe(true)
      expect(await dueForAnonymising()).toEqual([order.id])
      await runRetention(getContainer(), { dryRun: false, trigger: "cli" })
      expect(await sql(`select email from "order" where id = ?`, [order.id])).toEqual([{ email: null }])
      expect((await exported(auth)).filter((r) => r.kind === "restriction")).toEqual([
        expect.objectContaining({
          lifted_at: expect.any(String),
          outcome: "Het adres klopte; de beperking is niet meer nodig.",
        }),
      ])
      await act(letter.request.id, {
        action: "lift",
        reason: "De rechtszaak waarvoor je de gegevens nodig had, is afgerond.",
      })
      await mail.waitFor(
        (m) => m.to.includes("slaper@example.nl") && m.subject === "We heffen de beperking van je gegevens op",
      )
      expect(await dueForWarning()).toEqual([sleeper])
    })

    it("[P-right-object] [P-right-identity] takes an objection from the account (the session is the identity step): the newsletter ends at once and for good under every address the person held, statistics stop, the retention engine goes on; others' requests are 404", async () => {
      const earlier = "bezwaar-vroeger@example.nl"
      const email = "bezwaar@example.nl"
      // A subscription under the address the account used before, and one under its address now.
      await subscribed(earlier)
      const auth = await changeEmail(
        api,
        mail,
        store,
        await registerCustomer(api, mail, store, earlier),
        earlier,
        email,
      )
      const other = await registerCustomer(api, mail, store, "iemand-anders@example.nl")
      await subscribed(email)
      expect(await newsletterReaches([earlier, email])).toEqual([earlier, email])

      const wrongKind = await failure(api.post("/store/account/privacy-requests", { kind: "erasure" }, auth))
      expect([wrongKind.status, wrongKind.data.message]).toEqual([
        400,
        expect.stringContaining("choose correction, restriction or objection"),
      ])
      expect(
        (await failure(api.post("/store/account/privacy-requests", { kind: "objection", customer_id: "cus_x" }, auth)))
          .status,
      ).toBe(400)
      expect((await failure(api.post("/store/account/privacy-requests", { kind: "objection" }, store))).status).toBe(
        401,
      )
      const { status, data } = await api.post(
        "/store/account/privacy-requests",
        { kind: "objection", details: "Geen reclame meer, en tel mijn bezoeken niet.", locale: "nl" },
        auth,
      )
      expect(status).toBe(201)
      const id: string = data.request.id
      expect(data.request).toMatchObject({ kind: "objection", status: "received", lifted_at: null })
      expect(new Date(data.request.due_at).getTime() - new Date(data.request.received_at).getTime()).toBeGreaterThan(
        27 * DAY,
      )
      expect(await requests().retrieveDataRequest(id)).toMatchObject({
        channel: "self_service",
        identity_status: "verified",
        identity_method: "session",
      })
      expect((await api.get(`/store/account/privacy-requests/${id}`, auth)).data.request).toMatchObject({
        id,
        kind: "objection",
      })
      expect((await failure(api.get(`/store/account/privacy-requests/${id}`, other))).status).toBe(404)
      expect((await api.get("/store/account/privacy-requests", other)).data.requests).toEqual([])

      // In force at once, before the desk looks at it (art. 21(3)): both subscriptions end, each with its proof, and
      // statistics stop.
      for (const address of [earlier, email]) {
        const [subscription] = await newsletter().listNewsletterSubscriptions({ email: address })
        expect({ address, status: subscription!.status }).toEqual({ address, status: "unsubscribed" })
        const events = await newsletter().listNewsletterConsentEvents(
          { subscription_id: subscription!.id },
          { order: { created_at: "ASC" } },
        )
        expect(events.map((e) => [e.action, e.source])).toContainEqual(["unsubscribed", "objection"])
      }
      expect(await newsletterReaches([earlier, email])).toEqual([])
      expect(await statisticsEvent(auth)).toBe(false)

      const extended = await act(id, {
        action: "extend",
        months: 1,
        reason: "We zoeken uit welke verwerkingen het raakt",
      })
      expect(new Date(extended.data.request.due_at).getTime()).toBeGreaterThan(
        new Date(data.request.due_at).getTime() + 27 * DAY,
      )
      await mail.waitFor(
        (m) => m.to.includes(email) && m.subject === "We hebben meer tijd nodig voor je privacyverzoek",
      )

      await act(id, { action: "complete" })
      const upheld = await mail.waitFor((m) => m.to.includes(email) && m.subject === "Je bezwaar is verwerkt")
      expect(upheld.text).toContain("art. 21")
      expect((await failure(act(id, { action: "lift", reason: "toch weer mailen" }))).data.message).toBe(
        "Only a restriction can be lifted; an objection stays in force.",
      )
      // And for good: a later sign-up under the address is not mailed either.
      await subscribed(email)
      expect(await newsletterReaches([email])).toEqual([])
      expect(await statisticsEvent(auth)).toBe(false)
      expect(await statisticsEvent(other)).toBe(true)
      // An objection does not hold back the retention engine: the order's term still ends it.
      const order = await oldOrder(email, auth)
      expect(await dueForAnonymising()).toContain(order.id)
      expect((await exported(auth)).filter((r) => r.kind === "objection")).toEqual([
        expect.objectContaining({ status: "completed", lifted_at: null }),
      ])
    })

    it("[P-right-restrict] [P-right-erase] holds an account's restriction over its earlier address too, and ends it with the erasure so the address's next holder is free", async () => {
      const earlier = "beperkt-vroeger@example.nl"
      const email = "beperkt-nu@example.nl"
      await subscribed(earlier)
      const auth = await changeEmail(
        api,
        mail,
        store,
        await registerCustomer(api, mail, store, earlier),
        earlier,
        email,
      )
      const { data } = await api.post(
        "/store/account/privacy-requests",
        { kind: "restriction", details: "Gebruik mijn gegevens even niet", locale: "nl" },
        auth,
      )
      await act(data.request.id, { action: "complete" })
      // The subscription the person made under their earlier address gets no newsletter either.
      expect(await newsletterReaches([earlier])).toEqual([])
      // Nor does a change of address take what comes under the new one out of the restriction's hold.
      const later = "beperkt-later@example.nl"
      const moved = await changeEmail(api, mail, store, auth, email, later)
      await api.post("/store/contact", { name: "Anna de Vries", email: later, message: "Bewaar dit even" }, store)
      await sql(`update contact_message set answered_at = ? where email = ?`, [
        new Date(Date.now() - 2 * 365 * DAY),
        later,
      ])
      const [{ id: message }] = await sql(`select id from contact_message where email = ?`, [later])
      expect(await (await dueNow())("contact-messages", "delete")).not.toContain(message)

      await eraseAfterWindow(getContainer(), api, mail, moved, later)
      // Erased with the data it protected: an address-less restriction could never be lifted with notice (art. 18(3)).
      const restriction = await requests().retrieveDataRequest(data.request.id)
      expect(restriction).toMatchObject({ email: null, lift_reason: expect.stringContaining("art. 17") })
      expect(restriction.lifted_at).not.toBeNull()
      // Whoever holds the address next signs up and gets the newsletter.
      await subscribed(email)
      expect(await newsletterReaches([email])).toEqual([email])
    })

    it("[P-right-restrict] [P-right-object] [P-right-identity] names in a letter's restriction and objection the account that held the address when the letter came, not its next holder", async () => {
      const address = "brief-eerst@example.nl"
      const moved = "brief-daarna@example.nl"
      const first = await registerCustomer(api, mail, store, address)
      const received_on = new Date().toISOString().slice(0, 10)
      const { data: restriction } = await api.post(
        "/admin/privacy-requests",
        { kind: "restriction", email: address, received_on },
        staff,
      )
      const { data: objection } = await api.post(
        "/admin/privacy-requests",
        { kind: "objection", email: address, received_on },
        staff,
      )
      const firstNow = await changeEmail(api, mail, store, first, address, moved)
      await subscribed(moved)
      // A colleague takes the address over, registers with it and signs up for the newsletter.
      const isVerification = (m: { to: string[]; subject: string }) =>
        m.to.includes(address) && m.subject === "Bevestig je e-mailadres"
      const before = mail.messages().filter(isVerification)
      await api.post(
        "/store/account/register",
        { ...registration(address), first_name: "Bert", last_name: "Collega" },
        store,
      )
      const verification = await mail.waitFor((m) => isVerification(m) && !before.includes(m))
      await api.post(
        "/store/account/verify-email",
        { token: new URL(linkIn(verification, "http://localhost:8000/nl/account/verify")).searchParams.get("token") },
        store,
      )
      const { data: login } = await api.post(
        "/store/account/login",
        { email: address, password: "lamp-kap-messing-47" },
        store,
      )
      const colleague = {
        headers: { ...store.headers, authorization: `Bearer ${login.token}`, "x-helder-session": login.session },
      }
      await subscribed(address)

      // Verifying the objection puts it in force (art. 21(3)): the first holder's newsletter ends at once, the
      // colleague's does not.
      await act(objection.request.id, { action: "verify_identity", method: "Brief met handtekening" })
      expect(await newsletterReaches([moved, address])).toEqual([address])
      await act(restriction.request.id, { action: "verify_identity", method: "Brief met handtekening" })
      for (const id of [restriction.request.id, objection.request.id]) await act(id, { action: "complete" })
      const firstId = (await api.get("/store/account/me", firstNow)).data.customer.id
      for (const id of [restriction.request.id, objection.request.id])
        expect((await requests().retrieveDataRequest(id)).customer_id).toBe(firstId)
      // The colleague's account neither lists them nor is limited by them.
      expect((await api.get("/store/account/privacy-requests", colleague)).data.requests).toEqual([])
      expect(await newsletterReaches([moved, address])).toEqual([address])
      expect(await statisticsEvent(colleague)).toBe(true)
      expect(await statisticsEvent(firstNow)).toBe(false)
    })
  },
})
