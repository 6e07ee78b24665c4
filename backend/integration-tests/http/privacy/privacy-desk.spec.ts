import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { exportDocumentSchema } from "@helder/privacy"
import { readZip } from "@helder/testkit"
import { AUDIT_MODULE } from "../../../src/modules/audit"
import type AuditModuleService from "../../../src/modules/audit/service"
import {
  adminHeaders,
  catchMailForSuite,
  completeCart,
  eventually,
  failure,
  readyCart,
  regionIds,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"

jest.setTimeout(300 * 1000)

const mail = catchMailForSuite()
type Headers = { headers: Record<string, string> }
const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let staff: Headers & { user_id: string }
    let regions: Record<string, string>
    let variants: { id: string; stock: number }[]

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      regions = await regionIds(api, store)
      variants = (await stockedVariants(api, store, regions.nl!)).filter((v) => v.stock >= 3)
      staff = await adminHeaders(getContainer(), api)
    })

    async function guestOrder(email: string) {
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[0]!.id, quantity: 1 }],
        email,
      })
      return completeCart(api, store, cartId)
    }

    const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10)
    const act = (id: string, body: object) => api.post(`/admin/privacy-requests/${id}/actions`, body, staff)
    const auditOf = async (subjectId: string) =>
      (await api.get(`/admin/audit-events?subject_id=${subjectId}`, staff)).data.events as {
        action: string
        actor_id: string
        reason: string | null
      }[]

    it("[P-right-identity] takes a request that came by letter through identity check, extension and export, each step on the audit log", async () => {
      const email = "brief@example.nl"
      const order = await guestOrder(email)
      const { data: logged } = await api.post(
        "/admin/privacy-requests",
        { kind: "export", email, received_on: daysAgo(10), details: "Brief van 13 november" },
        staff,
      )
      const id: string = logged.request.id
      expect(logged.request).toMatchObject({ channel: "staff", status: "received", identity_status: "pending" })
      expect(
        new Date(logged.request.due_at).getTime() - new Date(logged.request.received_at).getTime(),
      ).toBeGreaterThan(27 * DAY)

      const { data: list } = await api.get("/admin/privacy-requests", staff)
      expect(list.requests.map((r: { id: string }) => r.id)).toContain(id)
      expect((await failure(api.get("/admin/privacy-requests?status=lost", staff))).status).toBe(400)

      const early = await failure(
        api.post(`/admin/privacy-requests/${id}/export`, { reason: "Brief beantwoorden" }, staff),
      )
      expect([early.status, early.data.message]).toEqual([
        400,
        "Verify the requester's identity before sending any data.",
      ])
      expect((await failure(act(id, { action: "verify_identity", method: "" }))).status).toBe(400)
      await act(id, { action: "verify_identity", method: "Kopie paspoort bij de brief, BSN afgeschermd" })

      const extended = await act(id, {
        action: "extend",
        months: 2,
        reason: "Veel bestellingen en een verhuizing na te gaan",
      })
      expect(new Date(extended.data.request.due_at).getTime()).toBeGreaterThan(
        new Date(logged.request.due_at).getTime() + 58 * DAY,
      )
      // The requester hears of it: the reason and the new date (in Dutch, the request's language).
      const later = await mail.waitFor(
        (m) => m.to.includes(email) && m.subject === "We hebben meer tijd nodig voor je privacyverzoek",
      )
      const dueDate = new Date(extended.data.request.due_at).toLocaleDateString("nl-NL", {
        timeZone: "Europe/Amsterdam",
        day: "numeric",
        month: "long",
        year: "numeric",
      })
      expect(later.text).toContain("Veel bestellingen en een verhuizing na te gaan")
      expect(later.text).toContain(dueDate)
      const tooLong = await failure(act(id, { action: "extend", months: 1, reason: "Nog meer tijd nodig" }))
      expect(tooLong.status).toBe(400)
      expect(tooLong.data.message).toContain("art. 12(3)")

      const response = await api.post(
        `/admin/privacy-requests/${id}/export`,
        { reason: "Brief beantwoorden" },
        { ...staff, responseType: "arraybuffer" },
      )
      const files = await readZip(Buffer.from(response.data))
      const document = exportDocumentSchema.parse(JSON.parse(files.get("data.json")!.toString("utf8")))
      expect(document.records.orders.map((o) => o.order_number)).toEqual([order.display_id])
      const { data: after } = await api.get(`/admin/privacy-requests/${id}`, staff)
      expect(after.request).toMatchObject({
        status: "completed",
        identity_status: "verified",
        handled_by: staff.user_id,
      })

      expect((await auditOf(id)).map((e) => e.action).sort()).toEqual([
        "export",
        "request_extend",
        "request_logged",
        "request_verify_identity",
      ])
      expect((await auditOf(id)).find((e) => e.action === "export")).toMatchObject({
        actor_id: staff.user_id,
        reason: "Brief beantwoorden",
      })
      expect((await failure(act(id, { action: "reject", reason: "te laat bedacht" }))).data.message).toBe(
        "This request is already completed.",
      )
    })

    it("runs a logged erasure from the desk, lists the recipients to notify, and shows the receipt; a rejection needs a reason, which the requester is mailed", async () => {
      const email = "wis-via-balie@example.nl"
      const order = await guestOrder(email)
      await api.post(`/admin/orders/${order.id}/cancel`, {}, staff)
      const { data: logged } = await api.post(
        "/admin/privacy-requests",
        { kind: "erasure", email, received_on: daysAgo(1) },
        staff,
      )
      const id: string = logged.request.id
      expect(
        (await failure(api.post(`/admin/privacy-requests/${id}/erase`, { reason: "Verzoek per e-mail" }, staff)))
          .status,
      ).toBe(400)
      await act(id, { action: "verify_identity", method: "Antwoord vanaf het adres van de bestelling" })
      const { data: run } = await api.post(
        `/admin/privacy-requests/${id}/erase`,
        { reason: "Verzoek per e-mail" },
        staff,
      )
      expect(run.outcome).toBe("erased")

      const { data: detail } = await api.get(`/admin/privacy-requests/${id}`, staff)
      expect(detail.request).toMatchObject({ status: "completed", email: null })
      expect(detail.request.receipt.scan.passed).toBe(true)
      const notice = detail.request.notices[0]
      expect(notice).toMatchObject({ state: "pending" })
      await api.post(
        `/admin/privacy-requests/${id}/notices/${notice.id}`,
        { state: "notified", note: "Mail aan de hostingpartij" },
        staff,
      )
      expect(
        (await api.get(`/admin/privacy-requests/${id}`, staff)).data.request.notices.find(
          (n: { id: string }) => n.id === notice.id,
        ),
      ).toMatchObject({ state: "notified", notified_by: staff.user_id })
      const receipt = await api.get(`/admin/privacy-requests/${id}/receipt`, staff)
      expect(receipt.data).toContain("Ontvangstbewijs: je gegevens zijn verwijderd")

      const { data: other } = await api.post(
        "/admin/privacy-requests",
        { kind: "correction", email: "onbekend@example.nl", received_on: daysAgo(0) },
        staff,
      )
      expect((await failure(act(other.request.id, { action: "reject" }))).status).toBe(400)
      const { data: rejected } = await act(other.request.id, {
        action: "reject",
        reason: "Geen gegevens onder dit adres, identiteit niet aan te tonen",
      })
      expect(rejected.request).toMatchObject({
        status: "rejected",
        rejected_reason: "Geen gegevens onder dit adres, identiteit niet aan te tonen",
      })
      const refusal = await mail.waitFor((m) => m.subject === "We kunnen je privacyverzoek niet uitvoeren")
      expect(refusal.text).toContain("Geen gegevens onder dit adres, identiteit niet aan te tonen")
    })

    it("[P-staff-need-to-know] masks customers' personal data in Medusa's admin views until staff reveal it with a reason, which the audit log keeps", async () => {
      const email = "verborgen@example.nl"
      const order = await guestOrder(email)
      const { data: masked } = await api.get(`/admin/orders/${order.id}?fields=id,email,*shipping_address`, staff)
      expect(masked.order.email).toBe("v•••@•••.nl")
      expect(masked.order.shipping_address).toMatchObject({ first_name: "A•••", address_1: "•••", city: "Apeldoorn" })
      // Other admin routes that return a recipient or an order's address are masked too.
      // (the order confirmation is mailed by a subscriber, so it may take a moment to exist)
      const recipients = await eventually(async () => {
        const { data } = await api.get("/admin/notifications?limit=100", staff)
        const to = data.notifications.map((n: { to: string }) => n.to)
        return to.includes("v•••@•••.nl") || to.includes(email) ? to : undefined
      })
      expect(recipients).not.toContain(email)
      expect(recipients).toContain("v•••@•••.nl")
      // A search by personal data carries its reason (audited).
      const { data: customers } = await api.get(`/admin/customers?q=${email}`, {
        headers: { ...staff.headers, "x-helder-reason": "the customer asked for a correction" },
      })
      expect(customers.customers[0].email).toBe("v•••@•••.nl")

      const overwrite = await failure(
        api.post(`/admin/customers/${customers.customers[0].id}`, { first_name: "A•••" }, staff),
      )
      expect([overwrite.status, overwrite.data.message]).toEqual([
        400,
        "This form holds masked personal data. Reveal the data first (with a reason), then edit it.",
      ])
      expect(
        (await failure(api.post("/admin/privacy/reveal", { subject_type: "order", subject_id: order.id }, staff)))
          .status,
      ).toBe(400)
      expect(
        (
          await failure(
            api.post(
              "/admin/privacy/reveal",
              { subject_type: "order", subject_id: "order_01AAAAAAAAAAAAAAAAAAAAAAAA", reason: "pakket versturen" },
              staff,
            ),
          )
        ).status,
      ).toBe(404)

      const { data: revealed } = await api.post(
        "/admin/privacy/reveal",
        { subject_type: "order", subject_id: order.id, reason: "Pakket versturen" },
        staff,
      )
      expect(revealed.order).toMatchObject({
        email,
        shipping_address: expect.objectContaining({ first_name: "Anna", address_1: "Stationsstraat 12" }),
      })
      expect(await auditOf(order.id)).toEqual([
        expect.objectContaining({ action: "reveal", actor_id: staff.user_id, reason: "Pakket versturen" }),
      ])
    })

    it("keeps the audit log append-only: no route changes it, and the database refuses updates and deletes", async () => {
      await api.post(
        "/admin/privacy-requests",
        { kind: "export", email: "log@example.nl", received_on: daysAgo(0) },
        staff,
      )
      const { data } = await api.get("/admin/audit-events", staff)
      const event = data.events[0]
      expect(event).toMatchObject({ action: "request_logged", actor_type: "user" })
      for (const call of [
        api.post(`/admin/audit-events/${event.id}`, { reason: "x" }, staff),
        api.delete(`/admin/audit-events/${event.id}`, staff),
      ]) {
        expect((await failure(call)).status).toBe(404)
      }
      const audit = getContainer().resolve<AuditModuleService>(AUDIT_MODULE)
      await expect(audit.updateAuditEvents({ id: event.id, reason: "rewritten" })).rejects.toThrow(/append-only/)
      await expect(audit.deleteAuditEvents(event.id)).rejects.toThrow(/append-only/)
      await expect(audit.softDeleteAuditEvents(event.id)).rejects.toThrow(/append-only/)
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await expect(pg.raw(`update audit_event set reason = 'x' where id = ?`, [event.id])).rejects.toThrow(
        /append-only/,
      )
      expect((await api.get("/admin/audit-events", staff)).data.events[0]).toEqual(event)
    })
  },
})
