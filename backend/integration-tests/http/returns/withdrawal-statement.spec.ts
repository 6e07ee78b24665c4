import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { setClock } from "../../../src/lib/clock"
import { formatMoment } from "@helder/contract"
import { statementToken, WITHDRAWAL_STATEMENT_HEADER } from "../../../src/lib/withdrawal-statement-token"
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
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"

jest.setTimeout(300 * 1000)

const mail = catchMailForSuite()

type Headers = { headers: Record<string, string> }
const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: Headers

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })
    afterEach(() => setClock())

    /** The order link with a statement token beside it, as the withdraw page sends both. */
    const stated = (token: string, statement: string): Headers => ({
      headers: { ...linked(store, token).headers, [WITHDRAWAL_STATEMENT_HEADER]: statement },
    })

    it("[P-withdrawal-window] honours a statement sent through the public withdrawal function on the last day when its link is confirmed after the period, and only that order's signed statement", async () => {
      const email = "laatste-dag@example.nl"
      const regions = await regionIds(api, store)
      const [variant] = (await stockedVariants(api, store, regions.nl!)).filter((v) => v.stock >= 2)
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variant!.id, quantity: 2 }],
        email,
      })
      const order = await completeCart(api, store, cartId)
      const staff = await adminHeaders(getContainer(), api)
      const { data: admin } = await api.get(`/admin/orders/${order.id}?fields=id,*items`, staff)
      await deliverOrder(api, order.id, [{ id: admin.order.items[0].id, quantity: 2 }], staff)
      const delivered = await mail.waitFor(
        (m) => m.to.includes(email) && m.subject === `Je bestelling #${order.display_id} is bezorgd`,
      )
      const orderToken = /\/order-link\/(\S+)/.exec(delivered.text)![1]!
      const { data: before } = await api.get("/store/order-link", linked(store, orderToken))
      const deadline = new Date(before.window.deadline).getTime()

      // The form is sent a minute before the period ends; the shopper opens the mail the next day.
      const statedAt = new Date(deadline - 60 * 1000)
      setClock(() => statedAt)
      const form = { name: "Anna de Vries", order_number: `#${order.display_id}`, email, locale: "nl" }
      expect((await api.post("/store/withdrawal-link", form, store)).status).toBe(202)
      const sent = await mail.waitFor(
        (m) => m.to.includes(email) && m.subject === `Herroepen: bestelling #${order.display_id}`,
      )
      const [, token, statement] = /\/nl\/order-link\/(\S+)\/withdraw\?statement=(\S+)/.exec(sent.text)!
      expect(token!.split(".")[0]).toBe(order.id)
      expect(statement).toBe(statementToken(order.id, statedAt))
      setClock(() => new Date(deadline + DAY))

      const body = {
        name: "Anna de Vries",
        email,
        order_reference: `#${order.display_id}`,
        confirm: true,
        locale: "nl",
      }
      // Without the statement, or with one that is altered, another order's or from the future: refused as before.
      const plain = await failure(api.post("/store/order-link/withdrawal", body, linked(store, token!)))
      expect([plain.status, plain.data.message]).toEqual([
        400,
        `The 14-day withdrawal period for this order ended on ${before.window.deadline.slice(0, 10)}.`,
      ])
      const bad = [
        statement!.replace(/^\d/, (d) => String((Number(d) + 1) % 10)),
        statementToken("order_01AAAAAAAAAAAAAAAAAAAAAAAA", statedAt),
        statementToken(order.id, new Date(deadline + 2 * DAY)),
        "yesterday",
      ]
      for (const forged of bad) {
        const refused = await failure(api.post("/store/order-link/withdrawal", body, stated(token!, forged)))
        expect([refused.status, refused.data.message]).toEqual([
          400,
          "This withdrawal statement does not belong to this order or was altered; open the link from the mail again.",
        ])
        // The page shows what now allows: the period is over.
        expect((await api.get("/store/order-link", stated(token!, forged))).data.window).toMatchObject({
          can_withdraw: false,
          closed: "expired",
        })
      }
      const withdrawals = getContainer().resolve<WithdrawalModuleService>(WITHDRAWAL_MODULE)
      expect(await withdrawals.listWithdrawalNotices({ order_id: order.id })).toEqual([])

      // With the mailed statement the page still offers the withdrawal, and the confirmation is accepted.
      expect((await api.get("/store/order-link", stated(token!, statement!))).data.window).toMatchObject({
        can_withdraw: true,
        closed: null,
      })
      const { data, status } = await api.post("/store/order-link/withdrawal", body, stated(token!, statement!))
      expect(status).toBe(201)
      expect(data.withdrawal.return_id).toMatch(/^return_/)
      expect(new Date(data.withdrawal.stated_at).getTime()).toBe(statedAt.getTime())
      expect(new Date(data.withdrawal.submitted_at).getTime()).toBe(deadline + DAY)
      const [notice] = await withdrawals.listWithdrawalNotices({ order_id: order.id })
      expect(new Date(notice!.stated_at!).getTime()).toBe(statedAt.getTime())
      expect(notice!.acknowledged_at).not.toBeNull()

      // The acknowledgement states the statement's date and time, and when it was confirmed.
      const ack = await mail.waitFor(
        (m) => m.to.includes(email) && m.subject.startsWith("Ontvangstbevestiging van je herroeping"),
      )
      expect(ack.text).toContain(
        `We hebben je herroeping ontvangen op ${formatMoment(statedAt, "nl")} (bevestigd op ${formatMoment(new Date(deadline + DAY), "nl")}).`,
      )
      expect(ack.text).toContain(data.withdrawal.statement.split("\n")[1])
    })
  },
})
