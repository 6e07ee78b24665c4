import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkIn } from "@helder/testkit"
import type { Knex } from "knex"
import { catchMailForSuite, columnsHolding, registerCustomer, seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(180 * 1000)

const mail = catchMailForSuite()
const PASSWORD = "lamp-kap-messing-47"

/** Every `table.column` holding one of `secrets`, named by the secret. */
async function secretsFound(pg: Knex, secrets: Record<string, string>): Promise<string[]> {
  const found: string[] = []
  for (const [name, secret] of Object.entries(secrets))
    found.push(...(await columnsHolding(pg, secret)).map((column) => `${name} in ${column}`))
  return found
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    const token = (mailed: Parameters<typeof linkIn>[0], prefix: string) =>
      new URL(linkIn(mailed, prefix)).searchParams.get("token")!

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })

    it("[P-security-hashed] keeps passwords, login sessions and the tokens of mailed links only as hashes: none is found in any column of any table", async () => {
      const email = "geheim@example.nl"
      const session = await registerCustomer(api, mail, store, email)
      const secrets: Record<string, string> = {
        password: PASSWORD,
        "login token": session.headers.authorization!.replace("Bearer ", ""),
        "session secret": session.headers["x-helder-session"]!,
      }

      // A link of each kind the shop mails and keeps a record of: password reset, new address, newsletter.
      await api.post("/store/account/password-reset/request", { email, locale: "nl" }, store)
      secrets["reset link"] = token(
        await mail.waitFor((m) => m.to.includes(email) && m.subject === "Nieuw wachtwoord instellen"),
        "http://localhost:8000/nl/account/reset-password",
      )
      await api.post("/store/account/email", { password: PASSWORD, new_email: "geheim-nieuw@example.nl" }, session)
      secrets["new-address link"] = token(
        await mail.waitFor(
          (m) => m.to.includes("geheim-nieuw@example.nl") && m.subject === "Bevestig je nieuwe e-mailadres",
        ),
        "http://localhost:8000/nl/account/confirm-email",
      )
      await api.post(
        "/store/newsletter/subscribe",
        { email: "lezer@example.nl", source: "footer", locale: "nl" },
        store,
      )
      secrets["newsletter link"] = token(
        await mail.waitFor((m) => m.to.includes("lezer@example.nl")),
        "http://localhost:8000/nl/newsletter/confirm",
      )

      expect(Object.values(secrets).every((secret) => secret.length >= 12)).toBe(true)
      expect(
        await secretsFound(getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION), secrets),
      ).toEqual([])
      // Each is still good for what it is for: the shop checks them against their hashes.
      expect((await api.get("/store/account/me", session)).status).toBe(200)
      expect(
        (await api.post("/store/newsletter/confirm", { token: secrets["newsletter link"] }, store)).status,
      ).toBeLessThan(300)
    })
  },
})
