import Redis from "ioredis"
import type { Knex } from "knex"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RateLimiterRedis } from "rate-limiter-flexible"
import type { ErasureReceipt } from "../../../src/personal-data/erasure-receipt"
import runDueErasures from "../../../src/jobs/run-due-erasures"
import { consume } from "../../../src/lib/rate-limit"
import {
  adminHeaders,
  catchMailForSuite,
  completeCart,
  consentChoice,
  deliverOrder,
  eraseAfterWindow,
  failure,
  readyCart,
  regionIds,
  registerCustomer,
  registration,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"
import { testRedisUrl } from "../redis"

jest.setTimeout(300 * 1000)
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"
process.env.RATE_LIMIT_REGISTRATIONS_PER_HOUR = "1000"

const mail = catchMailForSuite()
type Headers = { headers: Record<string, string> }

/** Each person's data as typed, and the forms it may take in the database. */
type Person = { email: string; first_name: string; last_name: string; phone: string; streets: string[] }

/**
 * Every row of every table of the database (not just the columns the inventory lists) in which the
 * person still occurs: their e-mail address, a street line or phone number (digits in any grouping),
 * or first and last name together. Independent of the erasure's own scan.
 */
async function wholeDatabaseSearch(pg: Knex, person: Person): Promise<string[]> {
  const { rows: tables } = await pg.raw<{ rows: { table_name: string }[] }>(
    `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
  )
  const phoneDigits = person.phone.replace(/\D/g, "").replace(/^31/, "")
  const found: string[] = []
  for (const { table_name } of tables) {
    const rows: Record<string, unknown>[] = await pg(table_name).select("*")
    for (const row of rows) {
      const text = JSON.stringify(row).toLowerCase()
      const digits = text.replace(/\D/g, "")
      const strong =
        [person.email, ...person.streets].some((value) => text.includes(value.toLowerCase())) ||
        digits.includes(phoneDigits)
      const named = text.includes(person.first_name.toLowerCase()) && text.includes(person.last_name.toLowerCase())
      if (strong || named) found.push(table_name)
    }
  }
  return [...new Set(found)].sort()
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let regions: Record<string, string>
    let variants: { id: string; stock: number }[]
    const pg = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      regions = await regionIds(api, store)
      variants = (await stockedVariants(api, store, regions.nl!)).filter((v) => v.stock >= 3)
    })

    const customer = (person: Person): Promise<Headers> =>
      registerCustomer(api, mail, store, person.email, {
        first_name: person.first_name,
        last_name: person.last_name,
        phone: person.phone,
        address: { ...registration(person.email).address, address_1: person.streets[0]! },
      })

    const address = (person: Person, street: string) => ({
      first_name: person.first_name,
      last_name: person.last_name,
      address_1: street,
      postal_code: "7322 XY",
      city: "Apeldoorn",
      country_code: "nl",
      phone: person.phone,
    })

    it("[P-erasure-by-category] erases a customer after a full life so that a search of every table finds them only in the invoices, and Redis holds no address", async () => {
      const person: Person = {
        email: "heel-leven@example.nl",
        first_name: "Hendrika",
        last_name: "Klaprozenveld",
        phone: "+31 6 1357 9246",
        streets: ["Ooievaarsnest 5", "Zwanenhof 19", "Kievitslaan 44", "Reigerpad 8"],
      }
      const auth = await customer(person)
      // A second address in the address book.
      await api.post(
        "/store/customers/me/addresses",
        { ...address(person, person.streets[1]!), postal_code: "7322xy" },
        auth,
      )

      // A checkout whose delivery address was changed before paying: the first one is replaced.
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variants[0]!.id, quantity: 1 }],
        email: person.email,
        auth,
        address: address(person, person.streets[2]!) as never,
      })
      await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: address(person, person.streets[3]!), billing_address: address(person, person.streets[3]!) },
        store,
      )
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        auth,
      )
      const delivered = await completeCart(api, store, cartId)
      const staff = await adminHeaders(getContainer(), api)
      // Staff correct the order's e-mail and delivery address: Medusa keeps the old values in its order changes.
      await api.post(
        `/admin/orders/${delivered.id}`,
        { email: "nieuw-adres@example.nl", shipping_address: address(person, person.streets[0]!) },
        staff,
      )
      const { rows: changes } = await pg().raw(
        `select details::text as details from order_change_action where order_id = ?`,
        [delivered.id],
      )
      expect(changes.map((c: { details: string }) => c.details).join(" ")).toContain(person.email)
      const { data: placed } = await api.get(`/admin/orders/${delivered.id}?fields=id,*items`, staff)
      await deliverOrder(
        api,
        delivered.id,
        placed.order.items.map((i: { id: string }) => ({ id: i.id, quantity: 1 })),
        staff,
      )

      // A second order, cancelled by staff.
      const cancelled = await completeCart(
        api,
        store,
        await readyCart(api, store, {
          regionId: regions.nl!,
          items: [{ variant_id: variants[1]!.id, quantity: 1 }],
          email: person.email,
          auth,
          address: address(person, person.streets[0]!) as never,
        }),
      )
      await api.post(`/admin/orders/${cancelled.id}/cancel`, {}, staff)

      // A stranger tries Medusa's order transfer; newsletter, contact form and a cookie choice.
      const stranger = await customer({
        email: "vreemde-ogen@example.nl",
        first_name: "Xander",
        last_name: "Ypsilon",
        phone: "+31 6 2468 1357",
        streets: ["Elders 1"],
      })
      expect((await failure(api.post(`/store/orders/${delivered.id}/transfer/request`, {}, stranger))).status).toBe(404)
      await api.post("/store/newsletter/subscribe", { email: person.email, source: "account" }, store)
      await api.post(
        "/store/contact",
        { name: `${person.first_name} ${person.last_name}`, email: person.email, message: `Bel me op ${person.phone}` },
        store,
      )
      await api.post("/store/consents", await consentChoice(["necessary"]), auth)

      const { request: done } = await eraseAfterWindow(getContainer(), api, mail, auth, person.email)
      const receipt = done.receipt as ErasureReceipt
      expect({ status: done.status, reason: done.deferred_reason, passed: receipt?.scan.passed }).toEqual({
        status: "completed",
        reason: null,
        passed: true,
      })
      // The invoice's frozen snapshot keeps the buyer (legal hold); its PDF is binary, so this search cannot read it.
      expect(await wholeDatabaseSearch(pg(), person)).toEqual(["invoice_document"])

      // Rate limits count e-mail addresses; in Redis they appear only as a keyed hash.
      const redis = new Redis(testRedisUrl(14))
      try {
        const limiter = new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: "helder-rl-erasure-test",
          points: 5,
          duration: 60,
        })
        await consume(limiter, `email:${person.email}`)
        const keys = await redis.keys("helder-rl-erasure-test*")
        expect(keys).toHaveLength(1)
        expect(keys.join(" ")).not.toContain(person.email)
        await redis.del(...keys)
      } finally {
        redis.disconnect()
      }
    })

    it("[P-erasure-checked] does not report an erasure done while the scan still finds the person: the request stays open and staff are alerted", async () => {
      const person: Person = {
        email: "blijft-hangen@example.nl",
        first_name: "Gijsbertha",
        last_name: "Waterlelie",
        phone: "+31 6 8642 9753",
        streets: ["Vijverweg 3"],
      }
      const auth = await customer(person)
      // Somewhere the erasure knows nothing of (a staff note in a product text) holds the person.
      await pg().raw(`update product set description = ? where id = (select id from product order by id limit 1)`, [
        `Gereserveerd voor ${person.email}`,
      ])

      const { request: held } = await eraseAfterWindow(getContainer(), api, mail, auth, person.email)
      expect(held).toMatchObject({ status: "deferred", scheduled_for: null, receipt: null, email: person.email })
      expect(held.deferred_reason).toBe("residue after erasure: product.description (1)")
      const alert = await mail.waitFor(
        (m) =>
          m.to.includes("winkel@helder.local") &&
          m.subject === "Verwijdering niet schoon: actie nodig" &&
          m.text.includes(held.id),
      )
      expect(alert.text).toContain("product.description (1)")
      expect(alert.text).not.toContain(person.email)
      expect(
        mail.messages().some((m) => m.to.includes(person.email) && m.subject.startsWith("Je gegevens zijn verwijderd")),
      ).toBe(false)
      const { rows: audit } = await pg().raw(
        `select action, reason from audit_event where subject_id = ? and action = 'erasure-residue'`,
        [held.id],
      )
      expect(audit).toEqual([{ action: "erasure-residue", reason: "residue after erasure: product.description (1)" }])
      // Nothing due: it waits for staff, who find it on the privacy desk.
      expect(await runDueErasures(getContainer())).toEqual({ erased: 0, deferred: 0, failed: 0 })
    })
  },
})
