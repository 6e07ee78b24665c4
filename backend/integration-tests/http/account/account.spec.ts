import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { linkIn, startMailCatcher, type MailCatcher } from "@helder/testkit"
import { failure, seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(120 * 1000)

let mail: MailCatcher
// The catcher must listen before the runner loads medusa-config, which reads SMTP_URL.
beforeAll(async () => {
  mail = await startMailCatcher()
  process.env.SMTP_URL = mail.smtpUrl
})
afterAll(() => mail.stop())

const registration = (email: string) => ({
  first_name: "Anna",
  last_name: "de Vries",
  email,
  phone: "+31 55 123 4567",
  password: "lamp-kap-messing-47",
  birth_date: "1985-02-28",
  address: { address_1: "Hoofdstraat 12", postal_code: "7311ab", city: "Apeldoorn", country_code: "nl" },
  locale: "nl",
})

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })

    /** Registers, follows the mailed link and logs in; returns the headers of the session. */
    async function registeredCustomer(email: string) {
      await api.post("/store/account/register", registration(email), store)
      const verification = await mail.waitFor((m) => m.to.includes(email) && m.subject === "Bevestig je e-mailadres")
      const token = new URL(linkIn(verification, "http://localhost:8000/nl/account/verify")).searchParams.get("token")
      await api.post("/store/account/verify-email", { token }, store)
      const { data } = await api.post("/store/account/login", { email, password: "lamp-kap-messing-47" }, store)
      return { headers: { ...store.headers, authorization: `Bearer ${data.token}`, "x-helder-session": data.session } }
    }

    it("registers, verifies by the mailed link, logs in, reads the profile and logs out server-side", async () => {
      const email = "anna@example.nl"
      const response = await api.post("/store/account/register", registration(email), store)
      expect(response.status).toBe(202)

      const early = await failure(api.post("/store/account/login", { email, password: "lamp-kap-messing-47" }, store))
      expect(early.status).toBe(403)
      expect(early.data.message).toMatch(/Confirm your e-mail/)

      const verification = await mail.waitFor((m) => m.to.includes(email))
      const link = linkIn(verification, "http://localhost:8000/nl/account/verify")
      const token = new URL(link).searchParams.get("token")
      expect((await api.post("/store/account/verify-email", { token }, store)).data.verified).toBe(true)
      const reused = await failure(api.post("/store/account/verify-email", { token }, store))
      expect(reused.status).toBe(404)

      const { data: login } = await api.post("/store/account/login", { email: "ANNA@example.nl", password: "lamp-kap-messing-47" }, store)
      const session = { headers: { ...store.headers, authorization: `Bearer ${login.token}`, "x-helder-session": login.session } }
      const { data: me } = await api.get("/store/account/me", session)
      expect(me.customer).toMatchObject({ email, first_name: "Anna", phone: "+31 55 123 4567", birth_date: "1985-02-28" })
      expect(me.customer.addresses[0]).toMatchObject({ postal_code: "7311 AB", is_default_shipping: true })
      expect((await api.get("/store/customers/me", session)).data.customer.email).toBe(email)

      await api.post("/store/account/logout", {}, session)
      expect((await failure(api.get("/store/account/me", session))).status).toBe(401)
      expect((await failure(api.get("/store/customers/me", session))).status).toBe(401)
      // The bearer token alone, without the session secret, never worked.
      const tokenOnly = { headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
      expect((await failure(api.get("/store/customers/me", tokenOnly))).status).toBe(401)
    })

    it("answers a second registration for the same address like the first and mails the owner instead", async () => {
      const email = "dubbel@example.nl"
      await registeredCustomer(email)
      const again = await api.post("/store/account/register", { ...registration(email), first_name: "Indringer" }, store)
      expect(again.status).toBe(202)
      const notice = await mail.waitFor((m) => m.to.includes(email) && m.subject === "Je hebt al een account")
      expect(notice.text).not.toContain("Indringer")
      const accounts = await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email, has_account: true })
      expect(accounts.map((c) => c.first_name)).toEqual(["Anna"])
    })

    it("gives a wrong password and an unknown address the same 401", async () => {
      await registeredCustomer("bert@example.nl")
      const wrong = await failure(api.post("/store/account/login", { email: "bert@example.nl", password: "verkeerd-wachtwoord-1" }, store))
      const unknown = await failure(api.post("/store/account/login", { email: "niemand@example.nl", password: "verkeerd-wachtwoord-1" }, store))
      expect([wrong.status, unknown.status]).toEqual([401, 401])
      expect(wrong.data.message).toBe(unknown.data.message)
    })

    it("does not let one customer's token work with another customer's session", async () => {
      const first = await registeredCustomer("eerste@example.nl")
      const second = await registeredCustomer("tweede@example.nl")
      const mixed = { headers: { ...first.headers, "x-helder-session": second.headers["x-helder-session"] } }
      expect((await failure(api.get("/store/account/me", mixed))).status).toBe(401)
    })

    it("rejects bad input with 400 naming the field, and unknown links with 404", async () => {
      const bad = await failure(api.post("/store/account/register", { ...registration("x@example.nl"), password: "kort" }, store))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toBe("password: too_short")
      expect(bad.data.issues).toEqual([{ path: "password", message: "too_short" }])
      const future = await failure(api.post("/store/account/register", { ...registration("y@example.nl"), birth_date: "2999-01-01" }, store))
      expect(future.status).toBe(400)
      const long = await failure(api.post("/store/account/register", { ...registration("z@example.nl"), last_name: "x".repeat(500) }, store))
      expect(long.status).toBe(400)
      expect(long.data.issues?.[0]?.path).toBe("last_name")
      const unknownToken = await failure(api.post("/store/account/verify-email", { token: "a".repeat(43) }, store))
      expect(unknownToken.status).toBe(404)
    })

    it("closes Medusa's own customer auth routes, which would bypass verification and the password policy", async () => {
      const register = await failure(api.post("/auth/customer/emailpass/register", { email: "om@example.nl", password: "x" }))
      expect(register.status).toBe(404)
      const login = await failure(api.post("/auth/customer/emailpass", { email: "anna@example.nl", password: "lamp-kap-messing-47" }))
      expect(login.status).toBe(404)
    })
  },
})
