import { createHash } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { linkIn } from "@helder/testkit"
import { NEWSLETTER_OPT_IN_TEXT } from "@helder/schemas"
import { NEWSLETTER_MODULE } from "../../../src/modules/newsletter"
import type NewsletterModuleService from "../../../src/modules/newsletter/service"
import { adminHeaders, catchMailForSuite, failure, seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(120 * 1000)

const mail = catchMailForSuite()

const newsletterMails = (to: string) =>
  mail.messages().filter((m) => m.to.includes(to) && m.subject === "Nieuw: de Nova")

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })

    it("[P-mail-nothing-without-confirmation] [P-right-withdraw-consent] double opt-in: nothing before confirmation, then issues with a working unsubscribe link, all proven", async () => {
      const email = "lezer@example.nl"
      const staff = await adminHeaders(getContainer(), api)
      const issue = { subject: "Nieuw: de Nova", body: "De Nova-hanglamp is er nu ook in groen." }

      expect(
        (await api.post("/store/newsletter/subscribe", { email, source: "footer", locale: "nl" }, store)).status,
      ).toBe(202)
      const confirm = await mail.waitFor(
        (m) => m.to.includes(email) && m.subject === "Bevestig je inschrijving voor de nieuwsbrief",
      )
      expect((await api.post("/admin/newsletter/send", issue, staff)).data.sent).toBe(0)
      expect(newsletterMails(email)).toEqual([])

      const token = new URL(linkIn(confirm, "http://localhost:8000/nl/newsletter/confirm")).searchParams.get("token")
      await api.post("/store/newsletter/confirm", { token }, store)
      expect((await api.post("/admin/newsletter/send", issue, staff)).data.sent).toBe(1)
      const newsletter = await mail.waitFor((m) => m.to.includes(email) && m.subject === issue.subject)
      const unsubscribe = new URL(linkIn(newsletter, "http://localhost:8000/nl/newsletter/unsubscribe"))

      // A second sign-up of a confirmed address sends no new confirmation request.
      await api.post("/store/newsletter/subscribe", { email, source: "checkout", locale: "nl" }, store)
      const forged = await failure(
        api.post(
          "/store/newsletter/unsubscribe",
          { subscription_id: unsubscribe.searchParams.get("s"), signature: "0".repeat(64) },
          store,
        ),
      )
      expect(forged.status).toBe(404)
      await api.post(
        "/store/newsletter/unsubscribe",
        { subscription_id: unsubscribe.searchParams.get("s"), signature: unsubscribe.searchParams.get("sig") },
        store,
      )
      expect((await api.post("/admin/newsletter/send", issue, staff)).data.sent).toBe(0)
      expect(newsletterMails(email)).toHaveLength(1)
      expect(mail.messages().filter((m) => m.subject === "Bevestig je inschrijving voor de nieuwsbrief")).toHaveLength(
        1,
      )

      const newsletterModule = getContainer().resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
      const events = await newsletterModule.listNewsletterConsentEvents({}, { order: { created_at: "ASC" } })
      expect(events.map((e) => [e.action, e.source])).toEqual([
        ["requested", "footer"],
        ["confirmed", "mail_link"],
        ["requested", "checkout"],
        ["unsubscribed", "unsubscribe_link"],
      ])
      expect(events[0]?.text).toBe(NEWSLETTER_OPT_IN_TEXT.nl)
      expect(events[0]?.text_hash).toBe(createHash("sha256").update(NEWSLETTER_OPT_IN_TEXT.nl).digest("hex"))
    })

    it("rejects bad input, unknown links and sending without staff login", async () => {
      expect(
        (await failure(api.post("/store/newsletter/subscribe", { email: "x@", source: "footer" }, store))).status,
      ).toBe(400)
      expect(
        (await failure(api.post("/store/newsletter/subscribe", { email: "a@example.nl", source: "popup" }, store)))
          .status,
      ).toBe(400)
      expect((await failure(api.post("/store/newsletter/confirm", { token: "b".repeat(43) }, store))).status).toBe(404)
      expect(
        (await failure(api.post("/admin/newsletter/send", { subject: "Hoi", body: "Nieuwe lampen!" }))).status,
      ).toBe(401)
    })
  },
})
