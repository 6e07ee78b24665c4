import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { lightingSpecSchema, specFromMetadata } from "@helder/lighting"
import { STORE_FIELDS } from "@helder/schemas"
import { PRODUCTS } from "../../../src/scripts/seed-data/catalog"
import { seedSalePrice } from "../../../src/scripts/seed-data/sale"
import seedHelder from "../../../src/scripts/seed"
import { failure, seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })

    describe("seed", () => {
      it("creates two EUR regions with 21 % VAT, tax-inclusive prices, and is idempotent", async () => {
        const container = getContainer()
        const countsBefore = await counts(container)
        await seedHelder({ container, args: [] })
        expect(await counts(container)).toEqual(countsBefore)

        const regions = await container.resolve(Modules.REGION).listRegions({}, { relations: ["countries"] })
        expect(regions.map((r) => [r.name, r.currency_code, r.countries?.map((c) => c.iso_2)]).sort()).toEqual([
          ["België", "eur", ["be"]],
          ["Nederland", "eur", ["nl"]],
        ])
        const taxRates = await container.resolve(Modules.TAX).listTaxRates({})
        expect(taxRates.filter((rate) => rate.is_default).map((rate) => Number(rate.rate))).toEqual([21, 21])
      })
    })

    describe("GET /store/products", () => {
      it("lists at least 40 published products, each variant with a valid lighting spec and Dutch and English text", async () => {
        const { data } = await api.get("/store/products?limit=200&fields=id,handle,title,metadata,*variants", store)
        expect(data.count).toBeGreaterThanOrEqual(40)
        for (const product of data.products) {
          expect(product.metadata.title_en).toEqual(expect.any(String))
          expect(product.metadata.title_en).not.toEqual(product.title)
          for (const variant of product.variants) {
            expect(specFromMetadata(product.metadata, variant.metadata)).not.toBeNull()
          }
        }
        // Categories as the storefront reads them: the list, then each category's products.
        const { data: listed } = await api.get("/store/product-categories?limit=100&fields=id,handle", store)
        const categories = new Set<string>()
        const categorised = new Set<string>()
        for (const category of listed.product_categories) {
          const { data: inCategory } = await api.get(
            `/store/products?limit=200&category_id[]=${category.id}&fields=id`,
            store,
          )
          if (inCategory.products.length) categories.add(category.handle)
          for (const product of inCategory.products) categorised.add(product.id)
        }
        expect(data.products.filter((product: { id: string }) => !categorised.has(product.id))).toEqual([])
        expect([...categories].sort()).toEqual([
          "buitenverlichting",
          "hanglampen",
          "led-lampen",
          "plafondlampen",
          "slimme-verlichting",
          "spots",
          "tafellampen",
          "vloerlampen",
          "wandlampen",
        ])
      })

      // The storefront's own field lists, against the real API: Medusa 2.21 silently drops fields it does
      // not allow (variants.metadata), which once cost a third of the catalog its specifications.
      it.each([
        ["list", STORE_FIELDS.productList],
        ["detail", STORE_FIELDS.productDetail],
      ])("gives the storefront's %s fields every seeded variant's full spec and price", async (_, fields) => {
        const [region] = await getContainer().resolve(Modules.REGION).listRegions({ name: "Nederland" })
        const { data } = await api.get(
          `/store/products?limit=500&region_id=${region!.id}&fields=${encodeURIComponent(fields)}`,
          store,
        )
        const served = new Map<string, Record<string, unknown>>()
        for (const product of data.products) {
          for (const variant of product.variants) {
            served.set(`${product.handle} ${variant.sku}`, {
              spec: specFromMetadata(product.metadata, variant.metadata),
              price: variant.calculated_price?.calculated_amount,
            })
          }
        }
        const expected = new Map<string, Record<string, unknown>>()
        for (const product of PRODUCTS) {
          for (const variant of product.variants) {
            expected.set(`${product.handle} ${variant.sku}`, {
              spec: lightingSpecSchema.parse({ ...product.productSpec, ...variant.spec }),
              price: seedSalePrice(product.handle, variant.price),
            })
          }
        }
        expect(Object.fromEntries(served)).toEqual(Object.fromEntries(expected))
      })

      it("answers 400 without a publishable key and an empty list for an unknown handle", async () => {
        const missingKey = await failure(api.get("/store/products"))
        expect(missingKey.status).toBe(400)
        const { data } = await api.get("/store/products?handle=bestaat-niet", store)
        expect(data.products).toEqual([])
      })
    })
  },
})

async function counts(container: MedusaContainer) {
  const product = container.resolve(Modules.PRODUCT)
  const [, products] = await product.listAndCountProducts({})
  const [, variants] = await product.listAndCountProductVariants({})
  const [, categories] = await product.listAndCountProductCategories({})
  const [, regions] = await container.resolve(Modules.REGION).listAndCountRegions({})
  const [, options] = await container.resolve(Modules.FULFILLMENT).listAndCountShippingOptions({})
  const [, keys] = await container.resolve(Modules.API_KEY).listAndCountApiKeys({})
  const [, levels] = await container.resolve(Modules.INVENTORY).listAndCountInventoryLevels({})
  const returnReasons = (await container.resolve(Modules.ORDER).listReturnReasons({})).length
  return { products, variants, categories, regions, options, keys, levels, returnReasons }
}
