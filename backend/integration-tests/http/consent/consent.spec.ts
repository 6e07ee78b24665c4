import { randomUUID } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { bannerText, bannerTextHash, currentPolicyVersion, dataMapFromEnv } from "@helder/privacy"
import { CONSENT_MODULE } from "../../../src/modules/consent"
import type ConsentModuleService from "../../../src/modules/consent/service"
import {
  catchMailForSuite,
  consentChoice as choice,
  failure,
  registerCustomer,
  seedAndGetStoreHeaders,
} from "../helpers"

jest.setTimeout(120 * 1000)

const mail = catchMailForSuite()
const map = dataMapFromEnv(process.env)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    // The consent id travels in a header, never in the path, so it stays out of request logs.
    const byId = (consentId: string) => ({ headers: { ...store.headers, "x-helder-consent": consentId } })
    /** A caller with the proof of a consent id (the storefront sends its httpOnly cookie this way). */
    const withProof = (caller: { headers: Record<string, string> }, proof: string) => ({
      headers: { ...caller.headers, "x-helder-consent-proof": proof },
    })

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })

    it("[P-consent-record] records a choice with its version, exact text hash and expiry, and shows its history by consent id", async () => {
      const accepted = await choice(["necessary", "analytics"])
      const { status, data } = await api.post("/store/consents", accepted, store)
      expect(status).toBe(201)
      expect(data.consent).toMatchObject({
        consent_id: accepted.consent_id,
        categories: ["necessary", "analytics"],
        policy_version: currentPolicyVersion(map, new Date()).id,
        gpc: false,
      })
      const months =
        (new Date(data.consent.expires_at).getTime() - new Date(data.consent.given_at).getTime()) /
        (30.4 * 24 * 3600 * 1000)
      expect(Math.round(months)).toBe(6)
      // The stored hash is the hash of the banner text of that policy version.
      const shown = bannerText(map, "nl", new Date(data.consent.given_at))
      expect(shown.version).toBe(data.consent.policy_version)
      expect(data.consent.text_hash).toBe(await bannerTextHash(shown))

      await api.post(
        "/store/consents",
        { ...accepted, categories: ["necessary"], source: "settings" },
        withProof(store, data.proof),
      )
      const { data: history } = await api.get("/store/consents", byId(accepted.consent_id))
      expect(history.records.map((r: { categories: string[]; source: string }) => [r.categories, r.source])).toEqual([
        [["necessary"], "settings"],
        [["necessary", "analytics"], "banner"],
      ])
      expect(history.records[0]).not.toHaveProperty("customer_id")
      const stored = await getContainer()
        .resolve<ConsentModuleService>(CONSENT_MODULE)
        .listConsentRecords({ consent_id: accepted.consent_id })
      expect(stored).toHaveLength(2)
    })

    it("[P-gpc] [P-policy-changes-ask-again] refuses another policy version, a text this shop never showed, GPC with analytics, and malformed choices", async () => {
      const old = await failure(
        api.post("/store/consents", await choice(["necessary"], { policy_version: "2026-06-19" }), store),
      )
      expect([old.status, old.data.message]).toEqual([
        400,
        expect.stringContaining("policy_version: the policy in force is"),
      ])
      const forged = await failure(
        api.post("/store/consents", await choice(["necessary", "analytics"], { text_hash: "0".repeat(64) }), store),
      )
      expect([forged.status, forged.data.message]).toEqual([
        400,
        "text_hash: not the hash of a banner text of this policy version",
      ])
      const english = await failure(api.post("/store/consents", await choice(["necessary"], { locale: "en" }), store))
      expect(english.status).toBe(400)
      const gpc = await failure(
        api.post("/store/consents", await choice(["necessary", "analytics"], { gpc: true }), store),
      )
      expect([gpc.status, gpc.data.message]).toEqual([
        400,
        "categories: Global Privacy Control refuses analytics and marketing",
      ])
      const bad = await failure(api.post("/store/consents", { consent_id: "x", categories: "all" }, store))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("consent_id: the consent id is a UUID")
      const total = await getContainer().resolve<ConsentModuleService>(CONSENT_MODULE).listConsentRecords({})
      expect(total).toHaveLength(0)
    })

    it("[P-consent-record] binds a consent id to the browser that chose first: without its proof nobody adds a choice to it or links it (404)", async () => {
      const mine = await choice(["necessary", "analytics"])
      const { data } = await api.post("/store/consents", mine, store)
      expect(data.proof).toMatch(/^[0-9a-f]{64}$/)
      // A stranger who read the id off the screen: no proof, a made-up one, or the proof of another id.
      const { data: other } = await api.post("/store/consents", await choice(["necessary"]), store)
      for (const caller of [store, withProof(store, "0".repeat(64)), withProof(store, other.proof)]) {
        const refused = await failure(api.post("/store/consents", { ...mine, categories: ["necessary"] }, caller))
        expect(refused.status).toBe(404)
      }
      const stranger = await registerCustomer(api, mail, store, `vreemde-${Date.now()}@example.nl`)
      expect(
        (await failure(api.post("/store/account/consents/link", { consent_id: mine.consent_id }, stranger))).status,
      ).toBe(404)
      expect(
        (
          await failure(
            api.post("/store/account/consents/link", { consent_id: mine.consent_id }, withProof(stranger, other.proof)),
          )
        ).status,
      ).toBe(404)
      // Nothing was added to the record; its own browser still can.
      expect((await api.get("/store/consents", byId(mine.consent_id))).data.records).toHaveLength(1)
      expect(
        (
          await api.post(
            "/store/consents",
            { ...mine, categories: ["necessary"], source: "settings" },
            withProof(store, data.proof),
          )
        ).status,
      ).toBe(201)
      expect((await api.get("/store/consents", byId(mine.consent_id))).data.records).toHaveLength(2)
    })

    it("answers 404 for an unknown, malformed or missing consent id", async () => {
      expect((await failure(api.get("/store/consents", byId(randomUUID())))).status).toBe(404)
      expect((await failure(api.get("/store/consents", byId("not-a-uuid")))).status).toBe(404)
      expect((await failure(api.get("/store/consents", store))).status).toBe(404)
    })

    it("[P-consent-record] links a choice to the logged-in customer, and earlier anonymous choices on login; another customer sees none of it", async () => {
      const anna = await registerCustomer(api, mail, store, `anna-consent-${Date.now()}@example.nl`)
      const anonymous = await choice(["necessary"])
      const { data: first } = await api.post("/store/consents", anonymous, store)
      const loggedIn = await choice(["necessary", "analytics"])
      await api.post("/store/consents", loggedIn, anna)
      expect(
        (await api.get("/store/account/consents", anna)).data.records.map((r: { consent_id: string }) => r.consent_id),
      ).toEqual([loggedIn.consent_id])

      expect(
        (
          await api.post(
            "/store/account/consents/link",
            { consent_id: anonymous.consent_id },
            withProof(anna, first.proof),
          )
        ).data.linked,
      ).toBe(1)
      const { data } = await api.get("/store/account/consents", anna)
      expect(data.records.map((r: { consent_id: string }) => r.consent_id).sort()).toEqual(
        [anonymous.consent_id, loggedIn.consent_id].sort(),
      )

      const bob = await registerCustomer(api, mail, store, `bob-consent-${Date.now()}@example.nl`)
      expect((await api.get("/store/account/consents", bob)).data.records).toEqual([])
      // Bob cannot take over Anna's choices: without their proof the id is not his (404), and with it they are linked
      // already.
      expect(
        (await failure(api.post("/store/account/consents/link", { consent_id: loggedIn.consent_id }, bob))).status,
      ).toBe(404)
      const { data: annas } = await api.post("/store/consents", await choice(["necessary"]), anna)
      expect(
        (
          await api.post(
            "/store/account/consents/link",
            { consent_id: annas.consent.consent_id },
            withProof(bob, annas.proof),
          )
        ).data.linked,
      ).toBe(0)
      expect((await failure(api.get("/store/account/consents", store))).status).toBe(401)
    })
  },
})
