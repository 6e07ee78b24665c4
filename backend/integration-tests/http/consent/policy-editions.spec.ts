import { randomUUID } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  bannerText,
  bannerTextHash,
  dataMapFromEnv,
  policyContentHash,
  POLICY_VERSIONS,
  type PolicyVersion,
} from "@helder/privacy"
import { CONSENT_MODULE } from "../../../src/modules/consent"
import type ConsentModuleService from "../../../src/modules/consent/service"
import { consentChoice, failure, seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(120 * 1000)

type Published = {
  current: { id: string; effective: string; revision: number }
  content_hash: string
  editions: PolicyVersion[]
}

const pageView = () => ({
  name: "page_view",
  path: "/nl/categories/tafellampen",
  device_class: "mobile",
  visitor_key: randomUUID().replace(/-/g, ""),
  locale: "nl",
})

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    const withConsent = (consentId: string, proof?: string) => ({
      headers: {
        ...store.headers,
        "x-helder-consent": consentId,
        ...(proof ? { "x-helder-consent-proof": proof } : {}),
      },
    })
    const published = async (): Promise<Published> => (await api.get("/store/policy", store)).data

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })
    afterAll(() => {
      delete process.env.GA4_MEASUREMENT_ID
    })

    it("[P-policy-edition] [P-policy-changes-ask-again] configuring GA4 where a visitor already chose publishes a new edition naming it, and the earlier choice covers nothing any more", async () => {
      // The shop as installed: the written history, the newest edition describing this configuration.
      const before = await published()
      expect(before.editions.map((e) => e.id)).toEqual(POLICY_VERSIONS.map((v) => v.id))
      expect(before.current).toMatchObject({ id: POLICY_VERSIONS.at(-1)!.id, revision: POLICY_VERSIONS.length })
      expect(before.content_hash).toBe(await policyContentHash(dataMapFromEnv(process.env)))

      // A visitor accepts statistics; their page views count.
      const choice = await consentChoice(["necessary", "analytics"])
      const { data: recorded } = await api.post("/store/consents", choice, store)
      expect((await api.post("/store/analytics/events", pageView(), withConsent(choice.consent_id))).status).toBe(202)

      // The owner switches on Google Analytics 4.
      process.env.GA4_MEASUREMENT_ID = "G-HELDERNEW1"
      const after = await published()
      const today = new Date().toISOString().slice(0, 10)
      expect(after.current).toEqual({
        id: `${today}.${POLICY_VERSIONS.length + 1}`,
        effective: today,
        revision: POLICY_VERSIONS.length + 1,
      })
      expect(after.content_hash).toBe(await policyContentHash(dataMapFromEnv(process.env)))
      const edition = after.editions.at(-1)!
      expect(edition.changes.nl).toContain("Nieuw: Google Analytics 4")
      expect(edition.changes.en).toContain("New: Google Analytics 4")
      // The earlier editions stay as they were, with their own dates.
      expect(after.editions.slice(0, -1)).toEqual(before.editions)

      // The stored choice was made under a text that did not name GA4: it grants nothing now.
      expect(
        (await failure(api.post("/store/analytics/events", pageView(), withConsent(choice.consent_id)))).status,
      ).toBe(403)
      const stale = await failure(
        api.post(
          "/store/consents",
          { ...choice, categories: ["necessary", "analytics"] },
          withConsent(choice.consent_id, recorded.proof),
        ),
      )
      expect([stale.status, stale.data.message]).toEqual([
        400,
        `policy_version: the policy in force is ${after.current.id}; reload the page`,
      ])

      // Asked again, the banner names the change; choosing under it counts again.
      const map = { ...dataMapFromEnv(process.env), policyVersions: after.editions }
      const shown = bannerText(map, "nl", new Date(), { seenVersion: before.current.id })
      expect(shown.changes).toContain("Google Analytics 4")
      expect(shown.categories.find((c) => c.id === "analytics")!.services.map((s) => s.name)).toContain(
        "Google Analytics 4",
      )
      const again = await api.post(
        "/store/consents",
        { ...choice, policy_version: shown.version, text_hash: await bannerTextHash(shown) },
        withConsent(choice.consent_id, recorded.proof),
      )
      expect(again.status).toBe(201)
      expect((await api.post("/store/analytics/events", pageView(), withConsent(choice.consent_id))).status).toBe(202)

      // The same configuration is published once, however often it is asked for.
      expect((await published()).editions).toHaveLength(POLICY_VERSIONS.length + 1)
      const rows = await getContainer()
        .resolve<ConsentModuleService>(CONSENT_MODULE)
        .listPolicyEditions({}, { order: { revision: "ASC" } })
      expect(rows.map((r) => [r.id, r.revision])).toEqual(after.editions.map((e, i) => [e.id, i + 1]))
    })

    it("publishes a configuration once when many ask for it at the same moment", async () => {
      process.env.GA4_MEASUREMENT_ID = "G-HELDERNEW2"
      const answers = await Promise.all(Array.from({ length: 6 }, () => published()))
      expect(new Set(answers.map((a) => a.current.id)).size).toBe(1)
      const rows = await getContainer().resolve<ConsentModuleService>(CONSENT_MODULE).listPolicyEditions({})
      expect(rows.map((r) => r.id).sort()).toEqual(answers[0]!.editions.map((e) => e.id).sort())
    })

    it("answers 400 to a query it does not take", async () => {
      const { status, data } = await failure(api.get("/store/policy?fields=*", store))
      expect(status).toBe(400)
      expect(data.message).toBeTruthy()
    })
  },
})
