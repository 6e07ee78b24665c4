import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { REDIS_KEYSPACE, redisFamiliesOf } from "@helder/privacy"
import {
  adminHeaders,
  catchMailForSuite,
  completeCart,
  deliverOrder,
  eraseAfterWindow,
  eventually,
  failure,
  readyCart,
  regionIds,
  registerCustomer,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"
import { keyspace, redisForSuite, testRedisUrl, type RedisKey as Key } from "../redis"

jest.setTimeout(300 * 1000)
/** A Redis database of its own: with REDIS_URL every Redis module of medusa-config is on, as in cluster mode. */
const REDIS_URL = testRedisUrl(11)
process.env.REDIS_URL = REDIS_URL
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"
process.env.RATE_LIMIT_REGISTRATIONS_PER_HOUR = "1000"

const mail = catchMailForSuite()

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const redis = redisForSuite(REDIS_URL)

    it("[P-data-categories] [P-right-erase] keeps in Redis only keys of a classified family, the person only in the families that may hold them, and nothing of them after their erasure", async () => {
      const store = await seedAndGetStoreHeaders(getContainer())
      const regions = await regionIds(api, store)
      const [variant] = await stockedVariants(api, store, regions.nl!)
      const email = "sleutel-ruimte@example.nl"
      const person = { first_name: "Wendelientje", last_name: "Sleutelbos", phone: "+31 6 9753 1864" }
      const address = {
        ...person,
        address_1: "Karekietstraat 71",
        postal_code: "7311 AB",
        city: "Apeldoorn",
        country_code: "nl",
      }
      // A life that touches every Redis module: registration, a wrong password, a checkout as the customer
      // (Medusa caches them when the cart is handed over), delivery, newsletter and contact form.
      const { first_name, last_name, phone, ...street } = address
      const auth = await registerCustomer(api, mail, store, email, { first_name, last_name, phone, address: street })
      await failure(api.post("/store/account/login", { email, password: "fout-wachtwoord-123" }, store))
      const order = await completeCart(
        api,
        store,
        await readyCart(api, store, {
          regionId: regions.nl!,
          items: [{ variant_id: variant!.id, quantity: 1 }],
          email,
          auth,
          address,
        }),
      )
      const staff = await adminHeaders(getContainer(), api)
      const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=id,*items`, staff)
      await deliverOrder(
        api,
        order.id,
        placed.order.items.map((i: { id: string }) => ({ id: i.id, quantity: 1 })),
        staff,
      )
      await api.post("/store/newsletter/subscribe", { email, source: "account" }, store)
      await api.post(
        "/store/contact",
        { name: `${person.first_name} ${person.last_name}`, email, message: "Is de messing kap ook in zwart?" },
        store,
      )

      const compact = (text: string) => text.toLowerCase().replace(/[\s+-]/g, "")
      const traces = [email, person.last_name, address.address_1, "697531864"].map(compact)
      const holdsPerson = ({ key, text }: Key) => traces.some((trace) => compact(`${key}\n${text}`).includes(trace))
      // The cache writes in the background: wait until it holds the customer Medusa cached.
      const before = await eventually(async () => {
        const keys = await keyspace(redis())
        return keys.some((k) => k.key.startsWith("mc:") && holdsPerson(k)) ? keys : undefined
      })

      const unclassified = before.filter((k) => redisFamiliesOf(k.key).length !== 1).map((k) => k.key)
      expect(unclassified).toEqual([])
      const personal = (k: Key) => redisFamiliesOf(k.key)[0]!.holds.some((cls) => cls !== "none")
      expect(before.filter((k) => !personal(k) && holdsPerson(k)).map((k) => k.key)).toEqual([])
      // Rate limits count keyed hashes: the person is in no limit's key or value either.
      expect(before.filter((k) => k.key.startsWith("helder-rl-") && holdsPerson(k)).map((k) => k.key)).toEqual([])
      expect(before.filter((k) => personal(k) && k.ttl < 0).map((k) => k.key)).toEqual([])
      // The life above used every family that outlives a request: none is declared for nothing.
      const used = new Set(before.map((k) => redisFamiliesOf(k.key)[0]!.pattern))
      expect(REDIS_KEYSPACE.filter((f) => !f.transient && !used.has(f.pattern))).toEqual([])

      const { request } = await eraseAfterWindow(getContainer(), api, mail, auth, email)
      expect(request.status).toBe("completed")
      expect((await keyspace(redis())).filter(holdsPerson).map((k) => k.key)).toEqual([])
    })
  },
})
