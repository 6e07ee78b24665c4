import { randomUUID } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ANALYTICS_MODULE } from "../../../src/modules/analytics"
import type AnalyticsModuleService from "../../../src/modules/analytics/service"
import { setClock } from "../../../src/lib/clock"
import { adminHeaders, consentChoice, failure, seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(120 * 1000)

const event = (overrides: Record<string, unknown> = {}) => ({
  name: "page_view",
  path: "/nl/categories/tafellampen",
  device_class: "mobile",
  visitor_key: randomUUID().replace(/-/g, ""),
  locale: "nl",
  ...overrides,
})

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    const withConsent = (consentId: string) => ({ headers: { ...store.headers, "x-helder-consent": consentId } })
    const stored = () => getContainer().resolve<AnalyticsModuleService>(ANALYTICS_MODULE).listAnalyticsEvents({})

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })
    afterEach(() => setClock())

    it("[P-no-tracking-without-consent] [P-right-withdraw-consent] counts an event only with a valid analytics consent, checked on the server", async () => {
      const refused = await failure(api.post("/store/analytics/events", event(), store))
      expect([refused.status, refused.data.message]).toEqual([403, "No analytics consent for this visitor"])
      expect((await failure(api.post("/store/analytics/events", event(), withConsent(randomUUID())))).status).toBe(403)
      expect((await failure(api.post("/store/analytics/events", event(), withConsent("not-a-uuid")))).status).toBe(403)

      const necessaryOnly = await consentChoice(["necessary"])
      await api.post("/store/consents", necessaryOnly, store)
      expect(
        (await failure(api.post("/store/analytics/events", event(), withConsent(necessaryOnly.consent_id)))).status,
      ).toBe(403)
      expect(await stored()).toHaveLength(0)

      const accepted = await consentChoice(["necessary", "analytics"])
      const { data: first } = await api.post("/store/consents", accepted, store)
      expect((await api.post("/store/analytics/events", event(), withConsent(accepted.consent_id))).status).toBe(202)
      const [counted] = await stored()
      expect(counted).toMatchObject({
        name: "page_view",
        path: "/nl/categories/tafellampen",
        device_class: "mobile",
        locale: "nl",
      })
      for (const key of ["ip", "user_agent", "email", "customer_id", "order_id"])
        expect(counted).not.toHaveProperty(key)
      // Times to the hour only and a random id: nothing that matches the event to an order's exact moment.
      for (const time of [counted!.occurred_at, counted!.created_at, counted!.updated_at])
        expect(
          new Date(time).getUTCMinutes() * 60_000 +
            new Date(time).getUTCSeconds() * 1000 +
            new Date(time).getUTCMilliseconds(),
        ).toBe(0)
      expect(counted!.id).toMatch(/^aev_[0-9a-f]{32}$/)

      // Withdrawing ends it at once; so does the end of the six months.
      await api.post(
        "/store/consents",
        { ...accepted, categories: ["necessary"], source: "settings" },
        { headers: { ...store.headers, "x-helder-consent-proof": first.proof } },
      )
      expect(
        (await failure(api.post("/store/analytics/events", event(), withConsent(accepted.consent_id)))).status,
      ).toBe(403)
      const later = await consentChoice(["necessary", "analytics"])
      await api.post("/store/consents", later, store)
      expect((await api.post("/store/analytics/events", event(), withConsent(later.consent_id))).status).toBe(202)
      setClock(() => new Date(Date.now() + 183 * 24 * 3600 * 1000))
      expect((await failure(api.post("/store/analytics/events", event(), withConsent(later.consent_id)))).status).toBe(
        403,
      )
      expect(await stored()).toHaveLength(2)
    })

    it("refuses a malformed event with 400 and writes nothing, consent or not", async () => {
      const accepted = await consentChoice(["necessary", "analytics"])
      await api.post("/store/consents", accepted, store)
      for (const bad of [
        event({ name: "login" }),
        event({ path: "/nl/account?email=anna@example.nl" }),
        event({ order_id: "order_01" }),
        event({ visitor_key: "anna@example.nl" }),
        event({ user_agent: "Mozilla/5.0" }),
      ]) {
        const response = await failure(api.post("/store/analytics/events", bad, withConsent(accepted.consent_id)))
        expect(response.status).toBe(400)
        expect(response.data.message).not.toMatch(/at .*\.ts:\d+/)
      }
      expect(await stored()).toHaveLength(0)
    })

    it("reports daily views and visits, top products and the funnel to staff", async () => {
      const accepted = await consentChoice(["necessary", "analytics"])
      await api.post("/store/consents", accepted, store)
      const { data } = await api.get("/store/products?fields=id,title&limit=2", store)
      const [lamp, bulb] = data.products as { id: string; title: string }[]
      const key = "b".repeat(32)
      const send = (overrides: Record<string, unknown>) =>
        api.post("/store/analytics/events", event({ visitor_key: key, ...overrides }), withConsent(accepted.consent_id))
      await send({})
      await send({ path: "/nl/products/x" })
      await send({ name: "product_view", product_id: lamp!.id })
      await send({ name: "product_view", product_id: lamp!.id, visitor_key: "c".repeat(32) })
      await send({ name: "product_view", product_id: bulb!.id })
      await send({ name: "add_to_cart", product_id: lamp!.id })
      await send({ name: "begin_checkout" })

      const staff = await adminHeaders(getContainer(), api)
      const { data: report } = await api.get("/admin/analytics?days=7", staff)
      expect(report.daily).toHaveLength(1)
      expect(report.daily[0]).toMatchObject({ page_views: 2, visits: 2 })
      expect(report.top_products).toEqual([
        { product_id: lamp!.id, title: lamp!.title, views: 2 },
        { product_id: bulb!.id, title: bulb!.title, views: 1 },
      ])
      expect(report.funnel).toEqual([
        { step: "product_view", visits: 2 },
        { step: "add_to_cart", visits: 1 },
        { step: "begin_checkout", visits: 1 },
        { step: "purchase", visits: 0 },
      ])
      expect((await failure(api.get("/admin/analytics?days=0", staff))).status).toBe(400)
      expect((await failure(api.get("/admin/analytics", store))).status).toBe(401)
    })
  },
})
