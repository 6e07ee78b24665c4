import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  catchMailForSuite,
  readyCart,
  readyCartInProcess,
  regionIds,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"
import { redisForSuite, testRedisUrl } from "../redis"

jest.setTimeout(600 * 1000)
/** With REDIS_URL the locks live in Redis (medusa-config: fair-locking), as in cluster mode. */
const REDIS_URL = testRedisUrl(12)
process.env.REDIS_URL = REDIS_URL
// The thirty completions queue for one lock: on a busy machine the last waits longer than the shop's 30 s.
// Waiting as long as the test may run, a 409 here means a lost or crossed wait, never a slow machine
// (the give-up after the wait is tested in src/modules/fair-locking).
process.env.LOCK_WAIT_SECONDS = "600"

catchMailForSuite()

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    redisForSuite(REDIS_URL)

    it("completes 30 carts for one inventory item at once with Redis locking: every one becomes an order, none answers 409", async () => {
      const store = await seedAndGetStoreHeaders(getContainer())
      const regions = await regionIds(api, store)
      const [variant] = (await stockedVariants(api, store, regions.nl!)).sort((a, b) => b.stock - a.stock)
      const count = Math.min(30, variant!.stock)
      expect(count).toBeGreaterThanOrEqual(20)
      const first = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variant!.id, quantity: 1 }],
        email: "koper0@example.nl",
      })
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${first}`, store)
      const shippingOptionId = options.shipping_options.find((o: { name: string }) => o.name === "Thuisbezorgd").id
      const carts = [first]
      for (let i = 1; i < count; i++)
        carts.push(
          await readyCartInProcess(getContainer(), {
            regionId: regions.nl!,
            variantId: variant!.id,
            email: `koper${i}@example.nl`,
            shippingOptionId,
          }),
        )
      const answers = await Promise.all(
        carts.map((cartId) =>
          api.post(`/store/carts/${cartId}/complete`, {}, store).then(
            (response: { status: number; data: { type: string } }) => ({
              status: response.status,
              type: response.data.type,
            }),
            (error: { response?: { status: number; data?: { message?: string } } }) => ({
              status: error.response?.status,
              type: error.response?.data?.message,
            }),
          ),
        ),
      )
      expect(answers).toEqual(carts.map(() => ({ status: 200, type: "order" })))
    })
  },
})
