import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, catchMailForSuite, failure, moveClock, seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(120 * 1000)

const mail = catchMailForSuite()

const message = {
  name: "Jan Peeters",
  email: "jan@example.be",
  order_number: "#1042",
  message: "Mijn hanglamp kwam met een gebroken kap aan. Kunnen jullie een nieuwe sturen?",
  locale: "nl",
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })

    it("[P-right-object] [P-contact] stores a contact message, confirms receipt to the sender, and staff mark it answered", async () => {
      expect((await api.post("/store/contact", message, store)).status).toBe(201)
      const confirmation = await mail.waitFor((m) => m.to.includes("jan@example.be"))
      expect(confirmation.subject).toBe("We hebben je bericht ontvangen")
      expect(confirmation.text).toContain("zes maanden")
      // Nothing the sender typed comes back to an address nobody has proven to hold.
      for (const typed of ["Jan", "Peeters", "gebroken kap", "#1042"]) expect(confirmation.text).not.toContain(typed)

      const staff = await adminHeaders(getContainer(), api)
      const { data: open } = await api.get("/admin/contact-messages?status=open", staff)
      expect(open.contact_messages).toHaveLength(1)
      // Staff see the sender masked (need-to-know): the answer goes out by mail from the shop.
      expect(open.contact_messages[0]).toMatchObject({
        name: "J•••",
        email: "j•••@•••.be",
        order_number: "#1042",
        answered_at: null,
      })

      const id = open.contact_messages[0].id
      const { data: answered } = await api.post(`/admin/contact-messages/${id}/answer`, {}, staff)
      expect(answered.contact_message).toMatchObject({ answered_by: staff.user_id })
      expect(answered.contact_message.answered_at).not.toBeNull()
      expect((await api.get("/admin/contact-messages?status=open", staff)).data.contact_messages).toEqual([])
      expect((await api.get("/admin/contact-messages?status=answered", staff)).data.count).toBe(1)
    })

    it("confirms to one address at most 3 times an hour, then answers 429 with Retry-After; another address still gets through", async () => {
      const to = (email: string) => api.post("/store/contact", { ...message, email }, store)
      for (let i = 0; i < 3; i++) expect((await to("overspoeld@example.nl")).status).toBe(201)
      const blocked = await failure(to("overspoeld@example.nl"))
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(60)
      expect((await to("iemand-anders@example.nl")).status).toBe(201)
      expect((await mail.messages()).filter((m) => m.to.includes("overspoeld@example.nl"))).toHaveLength(3)
    })

    it("[P-contact-answer] gives each message a due date two working days on, and shows staff the open ones past it as overdue", async () => {
      const friday = new Date("2026-12-11T14:00:00Z")
      await moveClock(getContainer(), friday)
      try {
        expect((await api.post("/store/contact", { ...message, email: "vrijdag@example.nl" }, store)).status).toBe(201)
        let staff = await adminHeaders(getContainer(), api)
        const mine = async (status: string) =>
          (await api.get(`/admin/contact-messages?status=${status}&limit=100`, staff)).data.contact_messages.filter(
            (m: { due_at: string }) => m.due_at === "2026-12-15T14:00:00.000Z",
          )
        const [open] = await mine("open")
        expect(open).toMatchObject({ due_at: "2026-12-15T14:00:00.000Z", overdue: false })
        expect(await mine("overdue")).toEqual([])
        // Tuesday, an hour past the term and still unanswered: overdue.
        await moveClock(getContainer(), new Date("2026-12-15T15:00:00Z"))
        // Four days on, the morning's admin login has ended (30 minutes idle): a fresh one.
        staff = await adminHeaders(getContainer(), api)
        expect((await mine("overdue")).map((m: { id: string; overdue: boolean }) => [m.id, m.overdue])).toEqual([
          [open.id, true],
        ])
        await api.post(`/admin/contact-messages/${open.id}/answer`, {}, staff)
        expect(await mine("overdue")).toEqual([])
        expect((await failure(api.get("/admin/contact-messages?status=late", staff))).status).toBe(400)
      } finally {
        await moveClock(getContainer())
      }
    })

    it("rejects bad input naming the field, keeps staff routes for staff, and 404s unknown ids", async () => {
      const noEmail = await failure(api.post("/store/contact", { ...message, email: "jan@" }, store))
      expect(noEmail.data.issues?.[0]?.path).toBe("email")
      const short = await failure(api.post("/store/contact", { ...message, message: "hoi" }, store))
      expect(short.data.issues?.[0]?.path).toBe("message")
      const extra = await failure(api.post("/store/contact", { ...message, answered_at: "2026-01-01" }, store))
      expect(extra.status).toBe(400)

      expect((await failure(api.get("/admin/contact-messages"))).status).toBe(401)
      const staff = await adminHeaders(getContainer(), api)
      expect((await failure(api.get("/admin/contact-messages?status=weird", staff))).status).toBe(400)
      expect((await failure(api.post("/admin/contact-messages/cmsg_unknown/answer", {}, staff))).status).toBe(404)
    })
  },
})
