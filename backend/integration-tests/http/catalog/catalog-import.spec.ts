import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ean13CheckDigit } from "@helder/lighting"
import { planCatalogImport } from "../../../src/workflows/catalog/plan-catalog-import"
import { readImportFile } from "../../../src/workflows/catalog/import-rows"
import { importCatalogWorkflow } from "../../../src/workflows/catalog/import-catalog"
import { adminHeaders, failure, seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(180 * 1000)
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"

const ean = (first12: string) => `${first12}${ean13CheckDigit(first12)}`

const HEADER = [
  "handle",
  "title",
  "title_en",
  "description",
  "description_en",
  "category",
  "status",
  "thumbnail",
  "material",
  "weight",
  "option1_title",
  "option1_value",
  "sku",
  "price_eur",
  "stock",
  "fitting",
  "kelvin",
  "wattage",
  "lumen",
  "dimmable",
  "ip_rating",
  "energy_class",
  "beam_angle",
  "manufacturer_name",
  "manufacturer_address",
  "manufacturer_email",
  "manufacturer_country",
  "safety_nl",
  "safety_en",
  "model",
  "ean",
  "energy_scope",
  "replaceable_light_source",
  "eprel_number",
  "energy_kwh_1000h",
].join(",")
const MAKER =
  'Importlicht B.V.,"Proefweg 1, 1234 AB Utrecht",veiligheid@importlicht.example.nl,NL,"Alleen binnen.|Niet afdekken.","Indoor use only.|Do not cover."'

/** A published GU10 light source in two colour temperatures, and a draft pendant that contains a replaceable bulb. */
function file({ spotPrice = "6.95", spotStock = 12 } = {}) {
  return [
    HEADER,
    `import-spot-gu10,Importspot GU10,Import spot GU10,Een spot,A spot,spots,published,https://img.example/spot.jpg,Glas,60,Kleurtemperatuur,2700 K,IMP-SPT-2700,${spotPrice},${spotStock},GU10,2700,4.9,400,true,IP20,E,36,${MAKER},IMP-SPT,${ean("871984177001")},light_source,,1234501,5`,
    `import-spot-gu10,Importspot GU10,Import spot GU10,Een spot,A spot,spots,published,https://img.example/spot.jpg,Glas,60,Kleurtemperatuur,4000 K,IMP-SPT-4000,7.95,3,GU10,4000,4.9,420,true,IP20,E,36,${MAKER},IMP-SPT,${ean("871984177002")},light_source,,1234502,5`,
    `import-hanglamp-kegel,Importhanglamp Kegel,Import pendant cone,,,hanglampen,draft,,Staal,900,Afwerking,Zwart,IMP-HNG-ZW,"89,00",4,E27,2700,5.9,806,true,IP20,B,,,,,,,,IMP-HNG,${ean("871984177003")},containing,true,,`,
  ].join("\n")
}

type Variant = {
  sku: string
  title: string
  metadata: Record<string, unknown>
  prices: { id: string; amount: number; currency_code: string }[]
}
type Product = {
  title: string
  status: string
  metadata: Record<string, unknown>
  categories: { handle: string }[]
  variants: Variant[]
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let staff: { headers: Record<string, string> }

    beforeAll(async () => {
      await seedAndGetStoreHeaders(getContainer())
      staff = { headers: (await adminHeaders(getContainer(), api)).headers }
    })

    async function product(handle: string) {
      const fields = "id,title,status,metadata,*categories,*variants,*variants.prices"
      const { data } = await api.get(`/admin/products?handle=${handle}&fields=${fields}`, staff)
      const [found] = data.products as (Product & { id: string })[]
      if (!found) return undefined
      // What an import sets; a price keeps its id when its amount did not change (the price history sees no change).
      const variants = found.variants.map(({ sku, title, metadata, prices }) => ({
        sku,
        title,
        metadata,
        prices: prices.map(({ id, currency_code, amount }) => ({ id, currency_code, amount })),
      }))
      return {
        title: found.title,
        status: found.status,
        metadata: found.metadata,
        categories: found.categories.map(({ handle }) => ({ handle })),
        variants: variants.sort((a, b) => a.sku.localeCompare(b.sku)),
      }
    }

    async function stock(sku: string): Promise<number | undefined> {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "variant",
          fields: ["inventory_items.inventory.location_levels.stocked_quantity"],
          filters: { sku },
        })
      return data[0]?.inventory_items?.[0]?.inventory?.location_levels?.[0]?.stocked_quantity
    }

    /** What the import touches, to compare before and after. */
    async function snapshot() {
      return {
        spot: await product("import-spot-gu10"),
        pendant: await product("import-hanglamp-kegel"),
        stock: [await stock("IMP-SPT-2700"), await stock("IMP-SPT-4000"), await stock("IMP-HNG-ZW")],
      }
    }

    it("refuses a file with bad rows by line and reason, and imports nothing", async () => {
      const bad = file()
        .replace(",2700,4.9,400,", ",warm,4.9,400,")
        .replace(",1234502,5", ",,5")
        .replace(",hanglampen,", ",bestaat-niet,")
      const response = await failure(api.post("/admin/catalog-imports", { csv: bad }, staff))
      expect(response.status).toBe(400)
      expect((response.data as unknown as { errors: unknown }).errors).toEqual([
        { line: 2, message: "kelvin: must be a number" },
        { line: 3, message: 'variant "4000 K": eprel_number is missing' },
      ])
      // The file's own problems come first; the catalog is only consulted for a file that reads well.
      const unknownCategory = await failure(
        api.post("/admin/catalog-imports", { csv: file().replace(",hanglampen,", ",bestaat-niet,") }, staff),
      )
      expect((unknownCategory.data as unknown as { errors: unknown }).errors).toEqual([
        { line: 4, message: 'category "bestaat-niet" does not exist' },
      ])
      expect(await snapshot()).toEqual({
        spot: undefined,
        pendant: undefined,
        stock: [undefined, undefined, undefined],
      })
    })

    it("imports a good file: products with the seed's metadata layout, prices incl. VAT and stock", async () => {
      const { data } = await api.post("/admin/catalog-imports", { csv: file() }, staff)
      expect(data).toEqual({ products: 2, created: 2, updated: 0, variants: 3, stock_levels: 3 })
      const spot = await product("import-spot-gu10")
      expect(spot).toMatchObject({ title: "Importspot GU10", status: "published", categories: [{ handle: "spots" }] })
      expect(spot!.metadata).toEqual({
        fitting: "GU10",
        wattage: 4.9,
        dimmable: true,
        ip_rating: "IP20",
        energy_class: "E",
        beam_angle: 36,
        model: "IMP-SPT",
        title_en: "Import spot GU10",
        description_en: "A spot",
        manufacturer: {
          name: "Importlicht B.V.",
          address: "Proefweg 1, 1234 AB Utrecht",
          email: "veiligheid@importlicht.example.nl",
          country: "NL",
        },
        safety_nl: ["Alleen binnen.", "Niet afdekken."],
        safety_en: ["Indoor use only.", "Do not cover."],
        energy_scope: "light_source",
      })
      expect(
        spot!.variants.map(({ sku, title, metadata, prices }) => ({
          sku,
          title,
          metadata,
          prices: prices.map((p) => [p.currency_code, p.amount]),
        })),
      ).toEqual([
        {
          sku: "IMP-SPT-2700",
          title: "2700 K",
          metadata: {
            kelvin: 2700,
            lumen: 400,
            ean: ean("871984177001"),
            eprel_number: "1234501",
            energy_kwh_1000h: 5,
          },
          prices: [["eur", 6.95]],
        },
        {
          sku: "IMP-SPT-4000",
          title: "4000 K",
          metadata: {
            kelvin: 4000,
            lumen: 420,
            ean: ean("871984177002"),
            eprel_number: "1234502",
            energy_kwh_1000h: 5,
          },
          prices: [["eur", 7.95]],
        },
      ])
      const pendant = await product("import-hanglamp-kegel")
      expect(pendant).toMatchObject({
        status: "draft",
        metadata: { energy_scope: "containing", replaceable_light_source: true, fitting: "E27" },
      })
      expect(pendant!.variants[0]!.prices.map((p) => p.amount)).toEqual([89])
      expect(await Promise.all(["IMP-SPT-2700", "IMP-SPT-4000", "IMP-HNG-ZW"].map(stock))).toEqual([12, 3, 4])
    })

    // The database is restored to the seeded shop before each test, so each test imports what it needs.
    it("leaves the same catalog when the same file is imported again, and updates prices and stock", async () => {
      await api.post("/admin/catalog-imports", { csv: file() }, staff)
      const before = await snapshot()
      const { data } = await api.post("/admin/catalog-imports", { csv: file() }, staff)
      expect(data).toMatchObject({ products: 2, created: 0, updated: 2 })
      expect(await snapshot()).toEqual(before)

      await api.post("/admin/catalog-imports", { csv: file({ spotPrice: "5.95", spotStock: 40 }) }, staff)
      const after = await snapshot()
      expect(after.spot!.variants[0]!.prices.map((p) => p.amount)).toEqual([5.95])
      expect(after.stock).toEqual([40, 3, 4])
      expect(after.spot!.variants.map((v) => v.sku)).toEqual(before.spot!.variants.map((v) => v.sku))

      // A stored variant keeps its options: the file may not turn the 4000 K sku into another colour temperature.
      const renamed = file().replace("Kleurtemperatuur,4000 K,IMP-SPT-4000", "Kleurtemperatuur,3000 K,IMP-SPT-4000")
      const refused = await failure(api.post("/admin/catalog-imports", { csv: renamed }, staff))
      expect((refused.data as unknown as { errors: unknown }).errors).toEqual([
        {
          line: 3,
          message:
            'sku IMP-SPT-4000 is stored as Kleurtemperatuur "4000 K": change a variant\'s options in Medusa Admin',
        },
      ])
      expect(await snapshot()).toEqual(after)
    })

    it("re-imports a product whose attribute moves from the product to its variants", async () => {
      await api.post("/admin/catalog-imports", { csv: file() }, staff)
      // The 4000 K spot now draws 5.9 W (6 kWh/1000 h): wattage differs per variant, so it leaves the product.
      const moved = file().replace(",4000,4.9,420,", ",4000,5.9,420,").replace(",1234502,5", ",1234502,6")
      const { data } = await api.post("/admin/catalog-imports", { csv: moved }, staff)
      expect(data).toMatchObject({ created: 0, updated: 2 })
      const spot = await product("import-spot-gu10")
      expect(spot!.metadata.wattage).toBeUndefined()
      expect(spot!.variants.map((variant) => [variant.metadata.wattage, variant.metadata.energy_kwh_1000h])).toEqual([
        [4.9, 5],
        [5.9, 6],
      ])
    })

    it("runs two imports of one file sent at once one after the other: one creates, the other finds everything", async () => {
      const answers = await Promise.all([1, 2].map(() => api.post("/admin/catalog-imports", { csv: file() }, staff)))
      expect(answers.map(({ data }) => [data.created, data.updated]).sort()).toEqual([
        [0, 2],
        [2, 0],
      ])
      expect((await product("import-spot-gu10"))!.variants).toHaveLength(2)
    })

    it("keeps nothing of an import whose write fails midway", async () => {
      await api.post("/admin/catalog-imports", { csv: file() }, staff)
      const before = await snapshot()
      const changed = readImportFile(
        file({ spotPrice: "1.00", spotStock: 99 })
          .replaceAll("Importspot GU10", "Gewijzigde spot")
          .replaceAll(",36,", ",40,"),
      )
      if (!changed.ok) throw new Error(JSON.stringify(changed.errors))
      const newcomer = readImportFile(
        file().replaceAll("import-hanglamp-kegel", "import-nieuwe-lamp").replace("IMP-HNG-ZW", "IMP-NEW-ZW"),
      )
      if (!newcomer.ok) throw new Error(JSON.stringify(newcomer.errors))
      const planned = await planCatalogImport(getContainer(), [...changed.products, newcomer.products[1]!])
      if (!planned.ok) throw new Error(JSON.stringify(planned.errors))
      // The stored spot is updated first; the new product then takes a sku that already exists (as a
      // second import running at the same moment could), so the create fails after the update.
      const create = planned.plan.create[0]!
      create.variants = create.variants!.map((variant) => ({ ...variant, sku: "IMP-SPT-2700" }))
      const { errors } = await importCatalogWorkflow(getContainer()).run({ input: planned.plan, throwOnError: false })
      expect(JSON.stringify(errors)).toContain("Product variant with sku: IMP-SPT-2700, already exists.")
      expect(await snapshot()).toEqual(before)
      expect(await product("import-nieuwe-lamp")).toBeUndefined()
    })

    it("lets only roles with the catalog permission import (403 otherwise, as every admin route)", async () => {
      for (const role of ["customer-service", "bookkeeping", null] as const) {
        const other = (await adminHeaders(getContainer(), api, role)).headers
        const response = await failure(api.post("/admin/catalog-imports", { csv: file() }, { headers: other }))
        expect(response.status).toBe(403)
      }
      const catalog = (await adminHeaders(getContainer(), api, "catalog")).headers
      const { data } = await api.post("/admin/catalog-imports", { csv: file() }, { headers: catalog })
      expect(data).toMatchObject({ created: 2, updated: 0 })
      expect((await failure(api.post("/admin/catalog-imports", { csv: file() }))).status).toBe(401)
    })
  },
})
