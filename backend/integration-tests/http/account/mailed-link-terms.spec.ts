import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { linkIn } from "@helder/testkit"
import {
  catchMailForSuite,
  failure,
  moveClock,
  registerCustomer,
  registration,
  seedAndGetStoreHeaders,
} from "../helpers"

jest.setTimeout(120 * 1000)

const mail = catchMailForSuite()
const HOUR = 3600_000
const tokenIn = (mailed: Parameters<typeof linkIn>[0], prefix: string) =>
  new URL(linkIn(mailed, prefix)).searchParams.get("token")

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })
    afterEach(() => moveClock(getContainer()))

    it("[P-mail-links-expire] [P-mail-nothing-without-confirmation] a registration's link works for the 24 hours its mail says, and without it the account cannot log in", async () => {
      const start = new Date()
      const mailed = async (email: string) => {
        await api.post("/store/account/register", registration(email), store)
        return tokenIn(
          await mail.waitFor((m) => m.to.includes(email) && m.subject === "Bevestig je e-mailadres"),
          "http://localhost:8000/nl/account/verify",
        )
      }
      const late = await mailed("laat@example.nl")
      const inTime = await mailed("optijd@example.nl")
      // Not confirmed: no login.
      expect(
        (
          await failure(
            api.post("/store/account/login", { email: "optijd@example.nl", password: "lamp-kap-messing-47" }, store),
          )
        ).status,
      ).toBeGreaterThanOrEqual(400)

      await moveClock(getContainer(), new Date(start.getTime() + 23 * HOUR))
      expect((await api.post("/store/account/verify-email", { token: inTime }, store)).status).toBeLessThan(300)
      await moveClock(getContainer(), new Date(start.getTime() + 25 * HOUR))
      expect(
        (await failure(api.post("/store/account/verify-email", { token: late }, store))).status,
      ).toBeGreaterThanOrEqual(400)
      expect(
        (
          await failure(
            api.post("/store/account/login", { email: "laat@example.nl", password: "lamp-kap-messing-47" }, store),
          )
        ).status,
      ).toBeGreaterThanOrEqual(400)
    })

    it("[P-mail-links-expire] [P-mail-nothing-without-confirmation] a new address's link works for the 24 hours its mail says; after that the login address stays as it was", async () => {
      const session = await registerCustomer(api, mail, store, "verhuist@example.nl")
      const start = new Date()
      await api.post(
        "/store/account/email",
        { password: "lamp-kap-messing-47", new_email: "nieuw-adres@example.nl" },
        session,
      )
      const token = tokenIn(
        await mail.waitFor(
          (m) => m.to.includes("nieuw-adres@example.nl") && m.subject === "Bevestig je nieuwe e-mailadres",
        ),
        "http://localhost:8000/nl/account/confirm-email",
      )
      await moveClock(getContainer(), new Date(start.getTime() + 25 * HOUR))
      expect((await failure(api.post("/store/account/email/confirm", { token }, store))).status).toBeGreaterThanOrEqual(
        400,
      )
      await moveClock(getContainer())
      expect((await api.get("/store/account/me", session)).data.customer.email).toBe("verhuist@example.nl")
    })
  },
})
