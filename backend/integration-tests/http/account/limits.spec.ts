import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { failure, registration, seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(120 * 1000)

const STOREFRONT_SECRET = "storefront-secret-for-the-limits-test-0123456789"
process.env.STOREFRONT_SECRET = STOREFRONT_SECRET

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })

    /** Store headers for a request the storefront makes on behalf of a shopper at `ip`. */
    const from = (ip: string, secret = STOREFRONT_SECRET) => ({
      headers: { ...store.headers, "x-helder-client-ip": ip, "x-helder-storefront-secret": secret },
    })
    const login = (email: string, ip: string, secret?: string) =>
      failure(api.post("/store/account/login", { email, password: "niet-het-goede-1" }, from(ip, secret)))

    it("[P-security-limits] allows 5 login attempts per minute per account, whatever the IP, then answers 429 with Retry-After", async () => {
      for (let i = 1; i <= 5; i++) expect((await login("doelwit@example.nl", `10.0.0.${i}`)).status).toBe(401)
      const blocked = await login("doelwit@example.nl", "10.0.0.99")
      expect(blocked.status).toBe(429)
      expect(blocked.data.message).toMatch(/Too many attempts\. Try again in \d+ seconds\./)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
      expect(Number(blocked.headers["retry-after"])).toBeLessThanOrEqual(60)
    })

    it("allows 5 login attempts per minute per IP, whatever the account", async () => {
      for (let i = 1; i <= 5; i++) expect((await login(`rij${i}@example.nl`, "10.0.2.1")).status).toBe(401)
      expect((await login("rij6@example.nl", "10.0.2.1")).status).toBe(429)
      // Another shopper elsewhere is not affected.
      expect((await login("rij6@example.nl", "10.0.2.2")).status).toBe(401)
    })

    it("[P-security-limits] mails at most 3 password-reset links per hour to one address", async () => {
      const request = () =>
        api.post("/store/account/password-reset/request", { email: "postbus@example.nl" }, from("10.0.4.1"))
      for (let i = 0; i < 3; i++) expect((await request()).status).toBe(202)
      const blocked = await failure(request())
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(60)
    })

    it('mails an address at most 3 times an hour through registration, whatever the IP: the 4th "you already have an account" is a 429', async () => {
      const email = "al-klant@example.nl"
      await getContainer()
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email, has_account: true, first_name: "Al", last_name: "Klant" })
      const register = (ip: string) =>
        api.post("/store/account/register", { ...registration(email), first_name: "Al", last_name: "Klant" }, from(ip))
      for (let i = 1; i <= 3; i++) expect((await register(`10.0.6.${i}`)).status).toBe(202)
      const blocked = await failure(register("10.0.6.9"))
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(60)
    })

    it("[P-security-limits] mails one address at most 3 newsletter confirmation links an hour, and one IP at most 20", async () => {
      const signUp = (email: string, ip: string) =>
        api.post("/store/newsletter/subscribe", { email, source: "footer", locale: "nl" }, from(ip))
      for (let i = 1; i <= 3; i++) expect((await signUp("lezer-postbus@example.nl", `10.0.8.${i}`)).status).toBe(202)
      expect((await failure(signUp("lezer-postbus@example.nl", "10.0.8.9"))).status).toBe(429)
      for (let i = 1; i <= 20; i++) expect((await signUp(`lezer-${i}@example.nl`, "10.0.9.1")).status).toBe(202)
      const blocked = await failure(signUp("lezer-21@example.nl", "10.0.9.1"))
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(60)
    })

    it("mails at most 20 reset links an hour from one IP, whatever the addresses", async () => {
      const request = (i: number) =>
        api.post("/store/account/password-reset/request", { email: `buur${i}@example.nl` }, from("10.0.7.1"))
      for (let i = 1; i <= 20; i++) expect((await request(i)).status).toBe(202)
      expect((await failure(request(21))).status).toBe(429)
      // Shoppers elsewhere are not affected.
      expect(
        (await api.post("/store/account/password-reset/request", { email: "buur21@example.nl" }, from("10.0.7.2")))
          .status,
      ).toBe(202)
    })

    it("ignores a forwarded IP that does not come with the storefront's secret", async () => {
      const statuses = []
      for (let i = 1; i <= 6; i++)
        statuses.push(
          (await login(`vals${i}@example.nl`, `10.0.3.${i}`, "wrong-secret-wrong-secret-wrong-secret-00")).status,
        )
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
    })

    it("counts a caller that reaches the backend directly by the address that connected, whatever X-Forwarded-For it claims", async () => {
      const statuses = []
      for (let i = 1; i <= 6; i++) {
        const claimed = { headers: { ...store.headers, "x-forwarded-for": `198.51.100.${i}` } }
        statuses.push(
          (
            await failure(
              api.post(
                "/store/account/login",
                { email: `direct${i}@example.nl`, password: "niet-het-goede-1" },
                claimed,
              ),
            )
          ).status,
        )
      }
      // Every attempt here comes from 127.0.0.1, as the test before's did: that one bucket fills (at the
      // sixth attempt at the latest) and a fresh claimed address never opens a new one.
      const firstRefusal = statuses.indexOf(429)
      expect(firstRefusal).toBeGreaterThanOrEqual(0)
      expect(statuses.slice(firstRefusal)).toEqual(statuses.slice(firstRefusal).map(() => 429))
    })
  },
})
