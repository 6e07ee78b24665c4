import { createHash } from "node:crypto"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { linkIn } from "@helder/testkit"
import { catchMailForSuite, failure, registerCustomer, registration, seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(120 * 1000)

const mail = catchMailForSuite()
/** Passwords our shop's own policy accepts, but that a breach list holds. */
const BREACHED = ["kroonluchter-zomer-1987", "staande-lamp-fiets-44"]
const sha1 = (text: string) => createHash("sha1").update(text).digest("hex").toUpperCase()

/**
 * A stand-in for the Pwned Passwords range API (GET /range/{first 5 hex of SHA-1}): it answers the
 * suffixes it knows under a prefix, padded with zero-count lines as the real one does with Add-Padding,
 * and remembers every path it was asked.
 */
function rangeApi() {
  const asked: string[] = []
  const server: Server = createServer((req, res) => {
    asked.push(`${req.url} ${req.headers["add-padding"] ?? ""}`)
    const prefix = req.url?.match(/^\/range\/([0-9A-F]{5})$/)?.[1]
    if (!prefix) return void res.writeHead(404).end()
    const known = BREACHED.map(sha1)
      .filter((hash) => hash.startsWith(prefix))
      .map((hash) => `${hash.slice(5)}:${1000}`)
    const padding = Array.from({ length: 20 }, (_, i) => `${sha1(`padding-${prefix}-${i}`).slice(5)}:0`)
    res.writeHead(200, { "content-type": "text/plain" }).end([...known, ...padding].join("\r\n"))
  })
  return { server, asked }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    const stand = rangeApi()

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      await new Promise<void>((resolve) => stand.server.listen(0, "127.0.0.1", resolve))
      process.env.PWNED_PASSWORDS_URL = `http://127.0.0.1:${(stand.server.address() as AddressInfo).port}`
    })
    afterAll(async () => {
      delete process.env.PWNED_PASSWORDS_URL
      await new Promise((resolve) => stand.server.close(resolve))
    })

    it("refuses a breached password at registration and on a change, asking the range API by k-anonymity only", async () => {
      const refused = await failure(
        api.post("/store/account/register", { ...registration("gelekt@example.nl"), password: BREACHED[0] }, store),
      )
      expect([refused.status, refused.data.issues]).toEqual([400, [{ path: "password", message: "breached" }]])
      // Only the first five characters of the SHA-1 left the shop, with padding asked for.
      expect(stand.asked).toEqual([`/range/${sha1(BREACHED[0]!).slice(0, 5)} true`])

      const session = await registerCustomer(api, mail, store, "heel@example.nl")
      const change = await failure(
        api.post(
          "/store/account/password",
          { current_password: "lamp-kap-messing-47", password: BREACHED[1], locale: "nl" },
          session,
        ),
      )
      expect([change.status, change.data.issues]).toEqual([400, [{ path: "password", message: "breached" }]])
      expect(
        (
          await api.post(
            "/store/account/password",
            { current_password: "lamp-kap-messing-47", password: "glazen-kap-op-zolder-72", locale: "nl" },
            session,
          )
        ).status,
      ).toBe(200)
      expect(stand.asked.every((line) => /^\/range\/[0-9A-F]{5} true$/.test(line))).toBe(true)
    })

    it("asks the range API on a password reset only once the mailed link proved good", async () => {
      const email = "herstel@example.nl"
      await registerCustomer(api, mail, store, email)
      const asked = stand.asked.length
      const stranger = await failure(
        api.post(
          "/store/account/password-reset",
          { token: "x".repeat(43), password: BREACHED[0], locale: "nl" },
          store,
        ),
      )
      expect(stranger.status).toBe(404)
      expect(stand.asked).toHaveLength(asked)

      await api.post("/store/account/password-reset/request", { email, locale: "nl" }, store)
      const link = linkIn(
        await mail.waitFor((m) => m.to.includes(email) && m.subject === "Nieuw wachtwoord instellen"),
        "http://localhost:8000/nl/account/reset-password",
      )
      const token = new URL(link).searchParams.get("token")
      const refused = await failure(
        api.post("/store/account/password-reset", { token, password: BREACHED[0], locale: "nl" }, store),
      )
      expect([refused.status, refused.data.issues]).toEqual([400, [{ path: "password", message: "breached" }]])
      expect(stand.asked).toHaveLength(asked + 1)
      // The refused password did not spend the link.
      expect(
        (
          await api.post(
            "/store/account/password-reset",
            { token, password: "glazen-kap-op-zolder-72", locale: "nl" },
            store,
          )
        ).status,
      ).toBe(200)
    })

    it("judges by the shop's own policy alone when the range API cannot be reached", async () => {
      const configured = process.env.PWNED_PASSWORDS_URL
      process.env.PWNED_PASSWORDS_URL = "http://127.0.0.1:9/"
      try {
        expect(
          (
            await api.post(
              "/store/account/register",
              { ...registration("zonder-lijst@example.nl"), password: BREACHED[0] },
              store,
            )
          ).status,
        ).toBe(202)
        const weak = await failure(
          api.post("/store/account/register", { ...registration("zwak@example.nl"), password: "wachtwoord12" }, store),
        )
        expect(weak.data.issues).toEqual([{ path: "password", message: "too_guessable" }])
      } finally {
        process.env.PWNED_PASSWORDS_URL = configured
      }
    })
  },
})
