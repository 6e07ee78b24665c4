import type Redis from "ioredis"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { subjectHash } from "../../../src/personal-data/data-subject"
import { PRIVACY_REQUEST_MODULE } from "../../../src/modules/privacy-request"
import type PrivacyRequestModuleService from "../../../src/modules/privacy-request/service"
import { eraseDataSubjectWorkflow } from "../../../src/workflows/erasure/erase-data-subject"
import { eventually } from "../helpers"
import { keyspace, redisForSuite, testRedisUrl } from "../redis"

jest.setTimeout(300 * 1000)
/** With REDIS_URL, medusa-config switches Medusa's query cache on (in Redis, keys under "mc:"). */
const REDIS_URL = testRedisUrl(13)
process.env.REDIS_URL = REDIS_URL

/** Every string Medusa's cache keeps in Redis: key names, set members and entry data (unpacked). */
async function cacheContents(redis: Redis): Promise<string[]> {
  return (await keyspace(redis, "mc:*")).flatMap(({ key, text }) => [key, text])
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    const redis = redisForSuite(REDIS_URL)

    it("[P-right-erase] after an erasure no entry of Medusa's query cache in Redis holds the person's e-mail, name or ids", async () => {
      const container = getContainer()
      const customers = container.resolve(Modules.CUSTOMER)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const email = "cache-wis@example.nl"
      const person = { first_name: "Quirijntje", last_name: "Zeldzaamhout" }
      const account = await customers.createCustomers({ email, ...person, has_account: true })
      // The row Medusa keeps for a guest checkout under the same address.
      const guest = await customers.createCustomers({ email: email.toUpperCase(), ...person, has_account: false })

      const other = await customers.createCustomers({ email: "blijft@example.nl", has_account: true })
      // Cached the way Medusa's cart flows cache customers (by id: transfer-cart-customer; lists by e-mail).
      for (const filters of [
        { id: account.id },
        { id: guest.id },
        { email: [email, email.toUpperCase()] },
        { id: other.id },
      ])
        await query.graph(
          { entity: "customer", fields: ["id", "email", "first_name", "last_name"], filters },
          { cache: { enable: true } },
        )
      const traces = [email, person.first_name, person.last_name, account.id, guest.id]
      const othersEntry = async () => (await cacheContents(redis())).some((text) => text.includes("blijft@example.nl"))
      const holding = async () =>
        (await cacheContents(redis())).filter((text) =>
          traces.some((trace) => text.toLowerCase().includes(trace.toLowerCase())),
        )
      // The cache writes in the background: the test sees every trace in it before the erasure.
      await eventually(async () => {
        const held = (await holding()).join("\n").toLowerCase()
        return (traces.every((trace) => held.includes(trace.toLowerCase())) && (await othersEntry())) || undefined
      })

      const now = new Date()
      const [request] = await container
        .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
        .createDataRequests([
          {
            kind: "erasure",
            channel: "staff",
            status: "scheduled",
            customer_id: account.id,
            email,
            subject_hash: subjectHash(email),
            received_at: now,
            due_at: now,
            scheduled_for: now,
            identity_status: "verified",
            identity_method: "staff",
          },
        ])
      await eraseDataSubjectWorkflow(container).run({ input: { request_id: request!.id } })

      expect(await holding()).toEqual([])
      // What the cache holds of someone else stays.
      expect(await othersEntry()).toBe(true)
    })
  },
})
