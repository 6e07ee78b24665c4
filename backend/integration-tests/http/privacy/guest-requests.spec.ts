import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { exportDocumentSchema } from "@helder/privacy"
import { linkIn, readZip } from "@helder/testkit"
import { setClock } from "../../../src/lib/clock"
import type { ErasureReceipt } from "../../../src/personal-data/erasure-receipt"
import runDueErasures from "../../../src/jobs/run-due-erasures"
import { PRIVACY_REQUEST_MODULE } from "../../../src/modules/privacy-request"
import type PrivacyRequestModuleService from "../../../src/modules/privacy-request/service"
import {
  adminHeaders,
  catchMailForSuite,
  completeCart,
  failure,
  readyCart,
  regionIds,
  registerCustomer,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"

jest.setTimeout(300 * 1000)
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"
process.env.RATE_LIMIT_REGISTRATIONS_PER_HOUR = "1000"

const mail = catchMailForSuite()
type Headers = { headers: Record<string, string> }
const HOUR = 60 * 60 * 1000

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regions: Record<string, string>
    let variants: { id: string; stock: number }[]
    const requests = () => getContainer().resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      regions = await regionIds(api, store)
      variants = (await stockedVariants(api, store, regions.nl!)).filter((v) => v.stock >= 3)
    })
    afterEach(() => setClock())

    async function guestOrder(email: string, address?: Record<string, string>) {
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[0]!.id, quantity: 1 }],
        email,
        ...(address ? { address: address as never } : {}),
      })
      return completeCart(api, store, cartId)
    }

    /** Submits the form and follows the mailed link; returns what the verification answered. */
    async function verified(kind: string, email: string, orderNumber: number, details?: string) {
      const isConfirmation = (m: { to: string[]; subject: string }) =>
        m.to.includes(email) && m.subject === "Bevestig je privacyverzoek"
      const earlier = mail.messages().filter(isConfirmation)
      const { status } = await api.post(
        "/store/privacy/requests",
        { kind, email, order_number: `#${orderNumber}`, details, locale: "nl" },
        store,
      )
      expect(status).toBe(202)
      const confirm = await mail.waitFor((m) => isConfirmation(m) && !earlier.includes(m))
      const token = new URL(linkIn(confirm, "http://localhost:8000/nl/privacy/request/verify")).searchParams.get(
        "token",
      )!
      return { token, result: (await api.post("/store/privacy/requests/verify", { token }, store)).data }
    }

    const download = (token: string) =>
      api.get("/store/privacy/requests/export", {
        headers: { ...store.headers, "x-helder-request-token": token },
        responseType: "arraybuffer",
      })

    it("[P-right-access] [P-right-identity] lets a guest download their data after proving they hold the order's mailbox; a wrong pairing mails nothing and links are single-purpose", async () => {
      const email = "gast-inzage@example.nl"
      const order = await guestOrder(email)
      const other = await guestOrder("iemand-anders@example.nl")

      // The order number with someone else's address: the same answer, but no request and no mail.
      const { status } = await api.post(
        "/store/privacy/requests",
        { kind: "export", email, order_number: String(other.display_id), locale: "nl" },
        store,
      )
      expect(status).toBe(202)
      const bad = await failure(
        api.post("/store/privacy/requests", { kind: "correction", email, order_number: "12ab", locale: "nl" }, store),
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("order number")

      // A download link unused for longer than the map's link lifetime no longer works.
      const { result: stale } = await verified("export", email, order.display_id)
      setClock(() => new Date(Date.now() + 25 * HOUR))
      expect((await failure(download(stale.download_token))).status).toBe(404)
      setClock()

      const { token, result } = await verified("export", email, order.display_id)
      expect(result).toMatchObject({ kind: "export", download_token: expect.any(String) })
      expect((await failure(api.post("/store/privacy/requests/verify", { token }, store))).status).toBe(404)
      expect((await failure(download(token))).status).toBe(404)

      const files = await readZip(Buffer.from((await download(result.download_token)).data))
      const document = exportDocumentSchema.parse(JSON.parse(files.get("data.json")!.toString("utf8")))
      expect(document.subject).toEqual({ kind: "guest", email })
      expect(document.records.orders.map((o) => o.order_number)).toEqual([order.display_id])
      expect(JSON.stringify(document)).not.toContain("iemand-anders@example.nl")
      expect(document.records.profile).toEqual([])
      const [request] = await requests().listDataRequests({ channel: "guest", kind: "export", status: "completed" })
      expect([request?.identity_status, request?.identity_method]).toEqual(["verified", "mailed_link"])
      expect(await requests().listDataRequests({ email: "iemand-anders@example.nl" })).toEqual([])
      // The link works once.
      expect((await failure(download(result.download_token))).status).toBe(404)
    })

    it("[P-mail-links-expire] [P-mail-nothing-without-confirmation] expires an unused verification link, and limits how many requests one address can make", async () => {
      const email = "gast-traag@example.nl"
      const order = await guestOrder(email)
      await api.post(
        "/store/privacy/requests",
        { kind: "export", email, order_number: String(order.display_id), locale: "nl" },
        store,
      )
      const confirm = await mail.waitFor((m) => m.to.includes(email) && m.subject === "Bevestig je privacyverzoek")
      const token = new URL(linkIn(confirm, "http://localhost:8000/nl/privacy/request/verify")).searchParams.get(
        "token",
      )!
      setClock(() => new Date(Date.now() + 25 * HOUR))
      expect((await failure(api.post("/store/privacy/requests/verify", { token }, store))).status).toBe(404)
      setClock()

      for (let i = 0; i < 2; i++)
        await api.post("/store/privacy/requests", { kind: "export", email, order_number: "1", locale: "nl" }, store)
      const limited = await failure(
        api.post("/store/privacy/requests", { kind: "export", email, order_number: "1", locale: "nl" }, store),
      )
      expect(limited.status).toBe(429)
    })

    it("[P-right-correct] [P-right-erase] erases a verified guest's data after the undo window once the order is closed, and queues a correction for staff", async () => {
      const email = "gast-weg@example.nl"
      const order = await guestOrder(email, {
        first_name: "Hendrikje",
        last_name: "Vlinderstrik",
        address_1: "Populierenpad 41",
        postal_code: "7311 AB",
        city: "Apeldoorn",
        country_code: "nl",
      })
      const staff = await adminHeaders(getContainer(), api)
      await api.post(`/admin/orders/${order.id}/cancel`, {}, staff)

      const { result } = await verified("erasure", email, order.display_id)
      expect(result).toMatchObject({ kind: "erasure", scheduled_for: expect.any(String) })
      await mail.waitFor((m) => m.to.includes(email) && m.subject === "Je account wordt verwijderd")
      setClock(() => new Date(Date.now() + 25 * HOUR))
      expect(await runDueErasures(getContainer())).toEqual({ erased: 1, deferred: 0, failed: 0 })
      const [erasure] = await requests().listDataRequests({ channel: "guest", kind: "erasure" })
      const receipt = erasure!.receipt as ErasureReceipt
      expect([erasure!.status, erasure!.email, receipt.subject]).toEqual(["completed", null, "guest"])
      expect(receipt.scan.hits.filter((h) => !h.legal_hold)).toEqual([])
      setClock()

      const correctionEmail = "gast-typfout@example.nl"
      const second = await guestOrder(correctionEmail)
      const { result: correction } = await verified(
        "correction",
        correctionEmail,
        second.display_id,
        "Mijn achternaam is Jansen, niet Janssen.",
      )
      expect(correction).toEqual({ kind: "correction", download_token: null, scheduled_for: null })
      const [queued] = await requests().listDataRequests({ kind: "correction" })
      expect(queued).toMatchObject({
        status: "received",
        identity_status: "verified",
        details: "Mijn achternaam is Jansen, niet Janssen.",
      })
    })

    it("erases the account behind an address when the request comes through the guest form", async () => {
      const email = "met-account@example.nl"
      const auth = await registerCustomer(api, mail, store, email)
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[0]!.id, quantity: 1 }],
        email,
        auth,
      })
      const order = await completeCart(api, store, cartId)
      const staff = await adminHeaders(getContainer(), api)
      await api.post(`/admin/orders/${order.id}/cancel`, {}, staff)
      await verified("erasure", email, order.display_id)
      setClock(() => new Date(Date.now() + 25 * HOUR))
      expect(await runDueErasures(getContainer())).toEqual({ erased: 1, deferred: 0, failed: 0 })
      expect(
        (await failure(api.post("/store/account/login", { email, password: "lamp-kap-messing-47" }, store))).status,
      ).toBe(401)
      const [erasure] = await requests().listDataRequests({ channel: "guest", kind: "erasure", status: "completed" })
      const receipt = erasure!.receipt as ErasureReceipt
      expect(receipt.subject).toBe("customer")
      expect(receipt.scan.hits.filter((h) => !h.legal_hold)).toEqual([])
    })
  },
})
