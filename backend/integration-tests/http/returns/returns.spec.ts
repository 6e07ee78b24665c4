import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PDFParse } from "pdf-parse"
import { setClock } from "../../../src/lib/clock"
import { WITHDRAWAL_MODULE } from "../../../src/modules/withdrawal"
import type WithdrawalModuleService from "../../../src/modules/withdrawal/service"
import {
  adminHeaders,
  catchMailForSuite,
  completeCart,
  deliverOrder,
  failure,
  linked,
  readyCart,
  regionIds,
  registerCustomer,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"
import { expectExactOrderView } from "../order-view-keys"

jest.setTimeout(300 * 1000)
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"
process.env.RATE_LIMIT_REGISTRATIONS_PER_HOUR = "1000"

const mail = catchMailForSuite()

type Headers = { headers: Record<string, string> }
const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regions: Record<string, string>
    let variants: { id: string; stock: number }[]

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      regions = await regionIds(api, store)
      variants = (await stockedVariants(api, store, regions.nl!)).filter((v) => v.stock >= 3)
    })
    afterEach(() => setClock())

    /** A placed order of 2 units with its mailed order link; `auth` makes it a customer's order. */
    async function placed(email: string, auth?: Headers) {
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[0]!.id, quantity: 2 }],
        email,
        auth,
      })
      const order = await completeCart(api, store, cartId)
      const confirmation = await mail.waitFor((m) => m.to.includes(email) && m.subject.includes(`#${order.display_id}`))
      const token = /\/order-link\/(\S+)/.exec(confirmation.text)![1]!
      const staff = await adminHeaders(getContainer(), api)
      const { data } = await api.get(`/admin/orders/${order.id}?fields=id,display_id,*items`, staff)
      return { order: data.order, token, staff, itemId: data.order.items[0].id as string }
    }

    it("[P-withdrawal-window] [P-return-instructions] lets a guest return delivered goods through the order link within 14 days, with instructions by mail", async () => {
      const { order, token, staff, itemId } = await placed("gast-retour@example.nl")
      const early = await failure(
        api.post(
          `/store/order-link/returns`,
          { items: [{ id: itemId, quantity: 1, reason: "defective" }] },
          linked(store, token),
        ),
      )
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(/Nothing of this order has been delivered yet/)

      await deliverOrder(api, order.id, [{ id: itemId, quantity: 2 }], staff)
      const { data: view } = await api.get(`/store/order-link`, linked(store, token))
      expect(view.window).toMatchObject({
        can_withdraw: true,
        can_return: true,
        items: [{ id: itemId, withdrawable: 2, returnable: 2, sent: 2 }],
      })
      expect(new Date(view.window.deadline).getTime() - Date.now()).toBeGreaterThan(13 * DAY)
      // Delivery starts the clock: the shopper is told until when, with a link that outlives the deadline.
      const delivered = await mail.waitFor((m) => m.subject === `Je bestelling #${order.display_id} is bezorgd`)
      const freshToken = /\/order-link\/(\S+)/.exec(delivered.text)![1]!
      expect(Number(freshToken.split(".")[1]) * 1000).toBeGreaterThan(
        new Date(view.window.deadline).getTime() + 30 * DAY,
      )
      expect((await api.get("/store/order-link", linked(store, freshToken))).data.order.id).toBe(order.id)

      const tooMany = await failure(
        api.post(
          `/store/order-link/returns`,
          { items: [{ id: itemId, quantity: 3, reason: "defective" }] },
          linked(store, token),
        ),
      )
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toBe(`items: at most 2 of ${itemId} can be returned`)
      const bad = await failure(
        api.post(
          `/store/order-link/returns`,
          { items: [{ id: itemId, quantity: 1, reason: "bored" }] },
          linked(store, token),
        ),
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/^items\.0\.reason/)

      const { data, status } = await api.post(
        `/store/order-link/returns`,
        { items: [{ id: itemId, quantity: 1, reason: "defective" }] },
        linked(store, token),
      )
      expect(status).toBe(201)
      const instructions = await mail.waitFor((m) => m.subject === `Je retour voor bestelling #${order.display_id}`)
      expect(instructions.text).toContain(data.return.id)
      expect(instructions.text).toContain("Hoofdstraat 1")
      const { data: after } = await api.get(`/store/order-link`, linked(store, token))
      expect(after.window.items).toEqual([{ id: itemId, withdrawable: 1, returnable: 1, sent: 1 }])
      expect(after.order.returns.map((r: { id: string }) => r.id)).toEqual([data.return.id])
      expectExactOrderView(after)
      const { data: staffReturns } = await api.get(`/admin/returns?order_id=${order.id}&fields=id,status,*items`, staff)
      expect(staffReturns.returns).toEqual([expect.objectContaining({ id: data.return.id, status: "requested" })])
    })

    it("lets only one of two returns sent at the same instant for the same goods through", async () => {
      const { order, token, staff, itemId } = await placed("tegelijk@example.nl")
      await deliverOrder(api, order.id, [{ id: itemId, quantity: 2 }], staff)
      const both = await Promise.allSettled(
        [1, 2].map(() =>
          api.post(
            `/store/order-link/returns`,
            { items: [{ id: itemId, quantity: 2, reason: "other" }] },
            linked(store, token),
          ),
        ),
      )
      expect(both.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"])
      const loser = both.find((r): r is PromiseRejectedResult => r.status === "rejected")
      expect(loser?.reason.response.data.message).toBe(
        "Nothing of this order has been delivered yet, or everything has been sent back.",
      )
      const { data } = await api.get(`/admin/returns?order_id=${order.id}`, staff)
      expect(data.returns).toHaveLength(1)
    })

    it("[P-withdrawal-window] refuses returns and withdrawals once the 14 days after delivery are over, saying until when it was possible", async () => {
      const { order, token, staff, itemId } = await placed("te-laat@example.nl")
      await deliverOrder(api, order.id, [{ id: itemId, quantity: 2 }], staff)
      const { data: view } = await api.get(`/store/order-link`, linked(store, token))
      setClock(() => new Date(new Date(view.window.deadline).getTime() + 1000))
      const late = await failure(
        api.post(
          `/store/order-link/returns`,
          { items: [{ id: itemId, quantity: 1, reason: "other" }] },
          linked(store, token),
        ),
      )
      expect(late.status).toBe(400)
      expect(late.data.message).toBe(
        `The 14-day withdrawal period for this order ended on ${view.window.deadline.slice(0, 10)}.`,
      )
      const statement = {
        name: "Anna de Vries",
        email: "te-laat@example.nl",
        order_reference: String(order.display_id),
        confirm: true,
      }
      expect((await failure(api.post(`/store/order-link/withdrawal`, statement, linked(store, token)))).status).toBe(
        400,
      )
      // The order page says the period is over: that, and no other reason.
      const { data: after } = await api.get(`/store/order-link`, linked(store, token))
      expect(after.window).toMatchObject({ can_withdraw: false, can_return: false, closed: "expired" })
      // One second before the deadline it still works, and the delivered goods get a return.
      setClock(() => new Date(new Date(view.window.deadline).getTime() - 1000))
      const { data, status } = await api.post(`/store/order-link/withdrawal`, statement, linked(store, token))
      expect(status).toBe(201)
      expect(data.withdrawal.return_id).toMatch(/^return_/)
      // Everything is on its way back: nothing is left to withdraw from, though the period still runs.
      expect((await api.get(`/store/order-link`, linked(store, token))).data.window).toMatchObject({
        can_withdraw: false,
        closed: "settled",
      })
      const ack = await mail.waitFor(
        (m) => m.to.includes("te-laat@example.nl") && m.subject.startsWith("Ontvangstbevestiging"),
      )
      expect(ack.text).toContain(`We hebben er retour ${data.withdrawal.return_id} voor geopend`)
    })

    it("[P-withdrawal-refund-right] records a customer's withdrawal with its statement, acknowledges it at once by mail and opens the return", async () => {
      const owner = await registerCustomer(api, mail, store, "herroeper@example.nl")
      const other = await registerCustomer(api, mail, store, "buurman@example.nl")
      const { order, itemId, token } = await placed("herroeper@example.nl", owner)
      const route = `/store/account/orders/${order.id}/withdrawal`
      const statement = {
        name: "Anna de Vries",
        email: "herroeper@example.nl",
        order_reference: `#${order.display_id}`,
        confirm: true,
      }

      const unconfirmed = await failure(api.post(route, { ...statement, confirm: false }, owner))
      expect(unconfirmed.data.message).toBe("confirm: confirm the withdrawal")
      const wrongOrder = await failure(api.post(route, { ...statement, order_reference: "#99999" }, owner))
      expect(wrongOrder.data.message).toBe(`order_reference: this is order #${order.display_id}`)
      expect((await failure(api.post(route, statement, other))).status).toBe(404)
      expect(
        (
          await failure(
            api.post(
              `/store/order-link/withdrawal`,
              statement,
              linked(
                store,
                token.replace(/.$/, (c) => (c === "0" ? "1" : "0")),
              ),
            ),
          )
        ).status,
      ).toBe(404)

      // Before anything was sent too: the withdrawal function is there from the order on, and cancels the order.
      const { data, status } = await api.post(route, statement, owner)
      expect(status).toBe(201)
      expect(data.withdrawal.statement).toContain("2 × ")
      expect(data.withdrawal.statement).toContain(`bestelling #${order.display_id}`)
      expect(data.withdrawal.return_id).toBeNull()
      const ack = await mail.waitFor(
        (m) => m.to.includes("herroeper@example.nl") && m.subject.startsWith("Ontvangstbevestiging van je herroeping"),
      )
      expect(ack.text).toContain(data.withdrawal.statement.split("\n")[1])
      expect(ack.text).toMatch(/ontvangen op \d{1,2} \w+ \d{4} om \d{2}:\d{2}/)
      expect(ack.text).toContain("we hebben haar geannuleerd")
      expect(ack.text).toContain("We betalen je binnen 14 dagen na vandaag terug, inclusief de standaard bezorgkosten")
      expect(ack.html).toContain('data-promise="P-withdrawal-refund-right"')

      const [notice] = await getContainer()
        .resolve<WithdrawalModuleService>(WITHDRAWAL_MODULE)
        .listWithdrawalNotices({ order_id: order.id })
      expect(notice).toMatchObject({
        name: "Anna de Vries",
        source: "customer",
        return_id: null,
        statement: data.withdrawal.statement,
      })
      expect(notice!.acknowledged_at).not.toBeNull()
      const { data: view } = await api.get(`/store/account/orders/${order.id}`, owner)
      expect(view.withdrawals).toEqual([expect.objectContaining({ id: notice!.id })])
      expectExactOrderView(view)
      // Closed because the withdrawal cancelled the order, not because a period ran out.
      expect(view.window).toMatchObject({ can_withdraw: false, can_return: false, closed: "canceled" })
      // The cancellation credits the whole invoice.
      const credit = await mail.waitFor(
        (m) => m.to.includes("herroeper@example.nl") && m.subject.startsWith("Creditnota"),
      )
      expect(credit.attachments[0]?.filename).toMatch(/^creditnota-C\d{4}-\d{6}\.pdf$/)
      expect(itemId).toMatch(/^ordli_/)
    })

    it("[P-mail-nothing-without-confirmation] mails the order's own address a link to its withdrawal page from the public withdrawal function, and answers alike when number and address do not match", async () => {
      const { order, token } = await placed("publiek-herroepen@example.nl")
      const request = (body: object) =>
        api.post(
          "/store/withdrawal-link",
          {
            name: "Anna de Vries",
            order_number: `#${order.display_id}`,
            email: "publiek-herroepen@example.nl",
            locale: "nl",
            ...body,
          },
          store,
        )
      const bad = await failure(request({ order_number: "twaalf" }))
      expect([bad.status, bad.data.message]).toEqual([
        400,
        "order_number: enter the order number from your confirmation, e.g. 1042",
      ])
      expect((await failure(request({ name: "" }))).data.message).toBe("name: enter your name")
      const isLink = (m: { subject: string }) => m.subject === `Herroepen: bestelling #${order.display_id}`
      // Someone else's address, or a number that is not theirs: the same answer, and no mail at all.
      const mismatch = await request({ email: "iemand-anders@example.nl" })
      const matching = await request({ email: " Publiek-Herroepen@example.nl " })
      expect([mismatch.status, mismatch.data]).toEqual([matching.status, matching.data])
      expect(matching.status).toBe(202)
      const sent = await mail.waitFor((m) => isLink(m) && m.to.includes("publiek-herroepen@example.nl"))
      expect(mail.messages().filter(isLink)).toHaveLength(1)
      expect(sent.text).toContain("Zonder je bevestiging gebeurt er niets.")
      // The link opens this order's withdrawal page: a signed order link like the confirmation's.
      const mailedToken = /\/nl\/order-link\/(\S+)\/withdraw/.exec(sent.text)![1]!
      expect(mailedToken.split(".")[0]).toBe(token.split(".")[0])
      const { data: view } = await api.get("/store/order-link", linked(store, mailedToken))
      expect(view.order.id).toBe(order.id)
    })

    it("[P-withdrawal-model-form] offers the EU model withdrawal form as a PDF with the shop's details", async () => {
      const response = await api.get("/store/withdrawal-form?lang=nl", { ...store, responseType: "arraybuffer" })
      expect(response.headers["content-type"]).toBe("application/pdf")
      const parser = new PDFParse({ data: new Uint8Array(response.data) })
      const text = (await parser.getText()).text.replace(/\s+/g, " ")
      await parser.destroy()
      expect(text).toContain("Modelformulier voor herroeping")
      expect(text).toContain("Helder Verlichting B.V.")
      expect(text).toContain("herroep/herroepen")
      expect((await failure(api.get("/store/withdrawal-form?lang=fr", store))).status).toBe(400)
    })
  },
})
