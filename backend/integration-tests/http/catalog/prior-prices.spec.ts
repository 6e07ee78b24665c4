import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Client } from "pg"
import { PRODUCTS } from "../../../src/scripts/seed-data/catalog"
import { SEED_SALE, seedSalePrice } from "../../../src/scripts/seed-data/sale"
import { adminHeaders, failure, moveClock, regionIds, seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(180 * 1000)

type Store = { headers: Record<string, string> }
type DbRoles = { ensureAppRole: (settings: object, database: string) => Promise<object> }

/**
 * Day `n` of the tests' calendar, which ends well before today: the staff session opened today stays
 * open while the shop's clock travels through the past (it counts idleness forwards only).
 */
const DAY_MS = 24 * 60 * 60 * 1000
const DAY_ZERO = Math.floor(Date.now() / DAY_MS) * DAY_MS - 200 * DAY_MS
const day = (n: number) => new Date(DAY_ZERO + n * DAY_MS + 10 * 60 * 60 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConfig }) => {
    let store: Store
    let staff: Store
    let nl: string

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
      staff = { headers: (await adminHeaders(getContainer(), api)).headers }
      await api.get("/admin/products?limit=1", staff)
      nl = (await regionIds(api, store)).nl!
    })

    afterEach(async () => moveClock(getContainer()))

    /** A new lamp with one variant at `amount` euro, created through Medusa Admin on `day(at)`. */
    async function lamp(handle: string, amount: number, at: number) {
      await moveClock(getContainer(), day(at))
      const { data } = await api.post(
        "/admin/products",
        {
          title: `Testlamp ${handle}`,
          handle,
          options: [{ title: "Afwerking", values: ["Zwart"] }],
          variants: [{ title: "Zwart", options: { Afwerking: "Zwart" }, prices: [{ currency_code: "eur", amount }] }],
        },
        staff,
      )
      const product = data.product as { id: string; variants: { id: string }[] }
      return { productId: product.id, variantId: product.variants[0]!.id }
    }

    /** Sets the variant's base price through Medusa Admin on `day(at)`. */
    async function setPrice(lampIds: { productId: string; variantId: string }, amount: number, at: number) {
      await moveClock(getContainer(), day(at))
      await api.post(
        `/admin/products/${lampIds.productId}/variants/${lampIds.variantId}`,
        { prices: [{ currency_code: "eur", amount }] },
        staff,
      )
    }

    /** Opens a sale price list on `day(from)` that runs until `day(to)`. */
    async function sale(variantId: string, amount: number, from: number, to: number) {
      await moveClock(getContainer(), day(from))
      const { data } = await api.post(
        "/admin/price-lists",
        {
          title: `Actie ${from}`,
          description: "Test",
          type: "sale",
          status: "active",
          starts_at: day(from).toISOString(),
          ends_at: day(to).toISOString(),
          prices: [{ variant_id: variantId, currency_code: "eur", amount }],
        },
        staff,
      )
      return data.price_list.id as string
    }

    async function priorPrice(variantId: string, at: number) {
      await moveClock(getContainer(), day(at))
      const { data } = await api.get(`/store/prior-prices?region_id=${nl}&variant_id=${variantId}`, store)
      return data.prior_prices as {
        variant_id: string
        amount: number
        prior_price: number | null
        reduced_since: string | null
      }[]
    }

    async function history(variantId: string) {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      return (
        await pg.raw(
          `select h.recorded_at, h.amount::float as amount, h.price_list_id, h.price_list_type, h.price_list_ends_at, h.removed
           from price_change h join product_variant_price_set l on l.price_set_id = h.price_set_id
          where l.variant_id = ? order by h.sequence`,
          [variantId],
        )
      ).rows as {
        recorded_at: Date
        amount: number
        price_list_id: string | null
        price_list_type: string | null
        price_list_ends_at: Date | null
        removed: boolean
      }[]
    }

    it("records every change made through Medusa Admin — base price, sale list, its end, its deletion — at the shop's time", async () => {
      const ids = await lamp("lamp-historie", 20, 0)
      await setPrice(ids, 24, 5)
      const listId = await sale(ids.variantId, 18, 10, 20)
      await moveClock(getContainer(), day(12))
      await api.post(`/admin/price-lists/${listId}`, { ends_at: day(15).toISOString() }, staff)
      await moveClock(getContainer(), day(16))
      await api.delete(`/admin/price-lists/${listId}`, staff)

      const rows = await history(ids.variantId)
      const base = rows.filter((row) => !row.price_list_id && !row.removed)
      expect(base.map((row) => [row.amount, row.recorded_at.toISOString()])).toEqual([
        [20, day(0).toISOString()],
        [24, day(5).toISOString()],
      ])
      const listed = rows.filter((row) => row.price_list_id === listId)
      expect(listed[0]).toMatchObject({ amount: 18, price_list_type: "sale", removed: false, recorded_at: day(10) })
      expect(listed.find((row) => row.recorded_at.getTime() === day(12).getTime())).toMatchObject({
        amount: 18,
        price_list_ends_at: day(15),
        removed: false,
      })
      expect(listed[listed.length - 1]).toMatchObject({ removed: true, recorded_at: day(16) })
    })

    it("announces a sale with the lowest price of the 30 days before it, from the history", async () => {
      const ids = await lamp("lamp-actie", 40, 0)
      expect(await priorPrice(ids.variantId, 49)).toEqual([
        { variant_id: ids.variantId, currency_code: "eur", amount: 40, prior_price: null, reduced_since: null },
      ])
      await sale(ids.variantId, 30, 50, 70)
      expect(await priorPrice(ids.variantId, 55)).toEqual([
        {
          variant_id: ids.variantId,
          currency_code: "eur",
          amount: 30,
          prior_price: 40,
          reduced_since: day(50).toISOString(),
        },
      ])
      // The reduced price itself never becomes the prior price, however long the sale runs.
      expect((await priorPrice(ids.variantId, 69))[0]).toMatchObject({ amount: 30, prior_price: 40 })
      expect((await priorPrice(ids.variantId, 70))[0]).toMatchObject({ amount: 40, prior_price: null })
    })

    it("sees through a price raised just before the sale, and keeps the first step's prior price as the sale deepens", async () => {
      const ids = await lamp("lamp-truc", 20, 0)
      await setPrice(ids, 30, 35)
      const listId = await sale(ids.variantId, 25, 40, 60)
      // 25 is below the raised 30 but not below the 20 of five days earlier: no reduction to announce.
      expect(await priorPrice(ids.variantId, 41)).toEqual([
        { variant_id: ids.variantId, currency_code: "eur", amount: 25, prior_price: null, reduced_since: null },
      ])

      await moveClock(getContainer(), day(45))
      const { data } = await api.get(`/admin/price-lists/${listId}/prices?fields=id`, staff)
      const priceId = data.prices[0].id as string
      await api.post(
        `/admin/price-lists/${listId}/prices/batch`,
        { update: [{ id: priceId, variant_id: ids.variantId, currency_code: "eur", amount: 15 }] },
        staff,
      )
      expect(await priorPrice(ids.variantId, 46)).toEqual([
        {
          variant_id: ids.variantId,
          currency_code: "eur",
          amount: 15,
          prior_price: 20,
          reduced_since: day(40).toISOString(),
        },
      ])
    })

    it("announces the seed's sale on every variant in it with the price before the sale as prior price", async () => {
      const handles = Object.keys(SEED_SALE.products)
      const { data } = await api.get(
        `/store/products?limit=50&region_id=${nl}&fields=handle,variants.id,variants.sku&${handles.map((h) => `handle[]=${h}`).join("&")}`,
        store,
      )
      const variants = (data.products as { handle: string; variants: { id: string; sku: string }[] }[]).flatMap((p) =>
        p.variants.map((v) => ({ handle: p.handle, ...v })),
      )
      const seeded = new Map(PRODUCTS.flatMap((p) => p.variants.map((v) => [v.sku, v.price] as const)))
      expect(variants.length).toBeGreaterThanOrEqual(handles.length)
      const query = variants.map((v) => `variant_id[]=${v.id}`).join("&")
      const answer = (await api.get(`/store/prior-prices?region_id=${nl}&${query}`, store)).data.prior_prices as {
        variant_id: string
        amount: number
        prior_price: number | null
      }[]
      const shown = Object.fromEntries(answer.map((a) => [a.variant_id, [a.amount, a.prior_price]]))
      const expected = Object.fromEntries(
        variants.map((v) => [v.id, [seedSalePrice(v.handle, seeded.get(v.sku)!), seeded.get(v.sku)]]),
      )
      expect(shown).toEqual(expected)
    })

    it("answers 400 on a malformed query and leaves out variants it does not know", async () => {
      for (const query of [
        "",
        `region_id=${nl}`,
        `region_id=${nl}&variant_id=nope`,
        `region_id=nope&variant_id=variant_01ARZ3NDEKTSV4RRFFQ69G5FAV`,
        `region_id=${nl}&variant_id=variant_01ARZ3NDEKTSV4RRFFQ69G5FAV&extra=1`,
      ]) {
        expect({ query, status: (await failure(api.get(`/store/prior-prices?${query}`, store))).status }).toEqual({
          query,
          status: 400,
        })
      }
      const { data } = await api.get(
        `/store/prior-prices?region_id=${nl}&variant_id=variant_01ARZ3NDEKTSV4RRFFQ69G5FAV`,
        store,
      )
      expect(data).toEqual({ prior_prices: [] })
    })

    it("lets the shop's database role change prices and read the history, but never write, change or delete it", async () => {
      const ids = await lamp("lamp-rol", 20, 0)

      const { ensureAppRole } = require(path.join(__dirname, "../../../../packages/devkit/src/db-roles.cjs")) as DbRoles
      const owner = {
        host: process.env.DB_HOST ?? "localhost",
        port: Number(process.env.DB_PORT ?? 5432),
        user: process.env.DB_USERNAME ?? "postgres",
        password: process.env.DB_PASSWORD ?? "",
      }
      const app = new Client({ ...(await ensureAppRole(owner, dbConfig.dbName)), database: dbConfig.dbName })
      await app.connect()
      const refusal = (sql: string) =>
        app.query(sql).then(
          () => "allowed",
          (error: Error) => error.message,
        )
      try {
        await moveClock(getContainer(), day(3))
        const before = (await history(ids.variantId)).length
        await app.query(
          `update price set amount = 22, raw_amount = '{"value":"22","precision":20}' where price_set_id = (select price_set_id from product_variant_price_set where variant_id = $1)`,
          [ids.variantId],
        )
        const rows = await history(ids.variantId)
        expect(rows).toHaveLength(before + 1)
        expect(rows[rows.length - 1]).toMatchObject({ amount: 22, recorded_at: day(3) })
        for (const attempt of [
          `update price_change set amount = 1`,
          `delete from price_change`,
          `truncate price_change`,
          `insert into price_change (id, recorded_at, price_id, price_set_id, currency_code, other_rules, amount, raw_amount, removed) values ('pchg_fake', now(), 'p', 'ps', 'eur', 0, 1, '{}', false)`,
          `alter table price_change disable trigger all`,
        ]) {
          expect({ attempt, outcome: await refusal(attempt) }).toEqual({
            attempt,
            outcome: expect.stringMatching(/permission denied|must be owner/),
          })
        }
      } finally {
        await app.end()
      }
      // Not even the owner rewrites history: the table's trigger refuses.
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await expect(pg.raw(`update price_change set amount = 1`)).rejects.toThrow(/append-only/)
      await expect(pg.raw(`delete from price_change`)).rejects.toThrow(/append-only/)
    })
  },
})
