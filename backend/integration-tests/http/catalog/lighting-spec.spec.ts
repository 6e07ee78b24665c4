import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  ean13CheckDigit,
  energyInfoFromMetadata,
  energyLabelFromMetadata,
  kwhPer1000h,
  specFromMetadata,
} from "@helder/lighting"
import { Modules } from "@medusajs/framework/utils"
import { adminHeaders, failure, seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(120 * 1000)

/** A seeded product that keeps its whole spec on the product, so its variants' metadata is empty. */
const SEEDED_HANDLE = "hanglamp-lumo-30-opaalglas"

/**
 * A luminaire sold with a bulb the user can change (Regulation (EU) 2019/2015): it names the bulb's class, no label of
 * its own.
 */
const LUMINAIRE = { energy_scope: "containing", replaceable_light_source: true }

/** A new lighting product as Medusa Admin posts it; `variant` is the one variant's metadata. */
function newLamp(handle: string, variant: Record<string, unknown>) {
  return {
    title: `Testlamp ${handle}`,
    handle,
    metadata: { fitting: "E27", kelvin: 2700, ip_rating: "IP20", dimmable: true, ...LUMINAIRE },
    options: [{ title: "Afwerking", values: ["Zwart"] }],
    variants: [
      {
        title: "Zwart",
        options: { Afwerking: "Zwart" },
        prices: [{ currency_code: "eur", amount: 99 }],
        metadata: variant,
      },
    ],
  }
}

/** A GTIN-13 with its check digit, from a twelve-digit stem. */
const ean = (first12: string) => `${first12}${ean13CheckDigit(first12)}`

/** Complete product safety information (GPSR art. 19) of a maker in the EU; the variants add their EAN. */
const SAFETY = {
  manufacturer: {
    name: "Testlicht B.V.",
    address: "Proefweg 1, 1234 AB Utrecht, Nederland",
    email: "veiligheid@testlicht.example.nl",
    country: "NL",
  },
  model: "TL-100",
  safety_nl: ["Alleen voor gebruik binnenshuis."],
  safety_en: ["For indoor use only."],
}

/** A lamp from newLamp with its safety information and a picture, so publishing it can succeed. */
function withSafety(lamp: ReturnType<typeof newLamp>, safety: Record<string, unknown> = SAFETY) {
  return {
    ...lamp,
    thumbnail: "https://helder.example/testlamp.jpg",
    metadata: { ...lamp.metadata, ...safety },
    variants: lamp.variants.map((variant) => ({
      ...variant,
      metadata: { ...variant.metadata, ean: ean("871984199901") },
    })),
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let staff: { headers: Record<string, string> }

    beforeAll(async () => {
      await seedAndGetStoreHeaders(getContainer())
      staff = { headers: (await adminHeaders(getContainer(), api)).headers }
    })

    async function productByHandle(handle: string) {
      const { data } = await api.get(`/admin/products?handle=${handle}&fields=id,title,metadata,*variants`, staff)
      return data.products[0] as
        | {
            id: string
            title: string
            metadata: Record<string, unknown>
            variants: { id: string; metadata: Record<string, unknown> | null }[]
          }
        | undefined
    }

    /** The seeded product, its variants in a fixed order so two reads compare equal. */
    async function seeded() {
      const product = await productByHandle(SEEDED_HANDLE)
      if (!product) throw new Error(`the seed has no ${SEEDED_HANDLE}`)
      return { ...product, variants: [...product.variants].sort((a, b) => a.id.localeCompare(b.id)) }
    }

    describe("POST /admin/products", () => {
      it("refuses a lighting product whose variant lacks an attribute or has an invalid one, and keeps nothing", async () => {
        const missing = await failure(
          api.post("/admin/products", newLamp("lamp-zonder-label", { wattage: 5.9, lumen: 806 }), staff),
        )
        expect(missing.status).toBe(400)
        expect(missing.data.message).toBe('Testlamp lamp-zonder-label: variant "Zwart": energy_class is missing')
        expect(await productByHandle("lamp-zonder-label")).toBeUndefined()

        const invalid = await failure(
          api.post(
            "/admin/products",
            newLamp("lamp-a-plus", { wattage: 5.9, lumen: 806, energy_class: "A+++" }),
            staff,
          ),
        )
        expect(invalid.status).toBe(400)
        expect(invalid.data.message).toContain('variant "Zwart": energy_class "A+++" is invalid')
        expect(await productByHandle("lamp-a-plus")).toBeUndefined()
      })

      it("accepts the same product with a complete spec, and a product without lighting attributes", async () => {
        await api.post(
          "/admin/products",
          newLamp("lamp-compleet", { wattage: 5.9, lumen: 806, energy_class: "B" }),
          staff,
        )
        expect((await productByHandle("lamp-compleet"))?.variants[0]?.metadata).toEqual({
          wattage: 5.9,
          lumen: 806,
          energy_class: "B",
        })

        const giftCard = {
          title: "Cadeaubon",
          handle: "cadeaubon",
          metadata: { title_en: "Gift card" },
          options: [{ title: "Waarde", values: ["25"] }],
          variants: [
            {
              title: "€ 25",
              options: { Waarde: "25" },
              prices: [{ currency_code: "eur", amount: 25 }],
              metadata: { note: "digitaal" },
            },
          ],
        }
        await api.post("/admin/products", giftCard, staff)
        expect(await productByHandle("cadeaubon")).toEqual(expect.objectContaining({ title: "Cadeaubon" }))
      })

      it("refuses in Medusa's workflow itself, which the seed creates its products with", async () => {
        const run = createProductsWorkflow(getContainer()).run({
          input: { products: [newLamp("lamp-via-seed", { energy_class: "B" })] },
        })
        // A workflow rejects with Medusa's serialised error, not an Error instance.
        await expect(run).rejects.toMatchObject({
          type: "invalid_data",
          message: 'Testlamp lamp-via-seed: variant "Zwart": wattage is missing; variant "Zwart": lumen is missing',
        })
        expect(await productByHandle("lamp-via-seed")).toBeUndefined()
      })
    })

    describe("POST /admin/products/:id", () => {
      it("refuses metadata that breaks the spec and leaves the product unchanged", async () => {
        const before = await seeded()
        const response = await failure(
          api.post(`/admin/products/${before.id}`, { metadata: { ...before.metadata, fitting: "E99" } }, staff),
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(new RegExp(`^${before.title}: product: fitting "E99" is invalid`))
        expect((await seeded()).metadata).toEqual(before.metadata)

        // Medusa Admin's metadata form removes a key by sending it as "".
        const removed = await failure(
          api.post(`/admin/products/${before.id}`, { metadata: { energy_class: "" } }, staff),
        )
        expect(removed.status).toBe(400)
        expect(removed.data.message).toContain("energy_class is missing")
        expect(await seeded()).toEqual(before)
      })

      it("accepts a valid change", async () => {
        const before = await seeded()
        await api.post(`/admin/products/${before.id}`, { metadata: { ...before.metadata, kelvin: 3000 } }, staff)
        expect((await seeded()).metadata).toEqual({ ...before.metadata, kelvin: 3000 })
      })
    })

    describe("variants", () => {
      it("refuses a variant update that breaks the spec and changes nothing", async () => {
        const before = await seeded()
        const variant = before.variants[0]!
        const response = await failure(
          api.post(`/admin/products/${before.id}/variants/${variant.id}`, { metadata: { energy_class: "Z" } }, staff),
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(`energy_class "Z" is invalid`)
        expect(await seeded()).toEqual(before)
      })

      it("refuses a new variant that breaks the spec", async () => {
        const before = await seeded()
        const variant = {
          title: "Goud",
          prices: [{ currency_code: "eur", amount: 169 }],
          metadata: { energy_class: "Z" },
        }
        const response = await failure(api.post(`/admin/products/${before.id}/variants`, variant, staff))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain('variant "Goud": energy_class "Z" is invalid')
        expect((await seeded()).variants).toHaveLength(before.variants.length)
      })

      it("refuses a batch of variant updates that breaks the spec and changes nothing", async () => {
        const before = await seeded()
        const update = before.variants.map((v) => ({ id: v.id, metadata: { lumen: 0 } }))
        const response = await failure(api.post(`/admin/products/${before.id}/variants/batch`, { update }, staff))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("lumen 0 is invalid")
        expect(await seeded()).toEqual(before)
      })
    })

    describe("generic environmental claims (Directive 2024/825)", () => {
      const B = { wattage: 5.9, lumen: 806, energy_class: "B" }

      it("refuses to publish a product whose texts make an unbacked claim, in Dutch or English, and keeps nothing", async () => {
        const claim = await failure(
          api.post(
            "/admin/products",
            {
              ...withSafety(newLamp("lamp-duurzaam", B)),
              status: "published",
              description: "Een duurzame keuze: energiezuinig en eco.",
            },
            staff,
          ),
        )
        expect(claim.status).toBe(400)
        expect(claim.data.message).toContain(
          'Testlamp lamp-duurzaam: the generic environmental claim "eco" (eco) needs an EU Ecolabel licence',
        )
        expect(claim.data.message).toContain(
          '"energiezuinig" (energiezuinig / energy efficient) needs an EU Ecolabel licence (metadata eco_label) or energy class A for every light source',
        )
        expect(await productByHandle("lamp-duurzaam")).toBeUndefined()
        const english = await failure(
          api.post(
            "/admin/products",
            {
              ...withSafety(newLamp("lamp-sustainable", B)),
              status: "published",
              metadata: { ...withSafety(newLamp("x", B)).metadata, description_en: "A sustainable lamp" },
            },
            staff,
          ),
        )
        expect(english.data.message).toContain('"sustainable" (duurzaam / sustainable)')
      })

      it("lets a draft hold a claim but refuses to publish it; an EU Ecolabel licence backs it", async () => {
        await api.post(
          "/admin/products",
          { ...withSafety(newLamp("lamp-concept", B)), status: "draft", description: "Milieuvriendelijk verpakt." },
          staff,
        )
        const draft = await productByHandle("lamp-concept")
        const publish = await failure(api.post(`/admin/products/${draft!.id}`, { status: "published" }, staff))
        expect([publish.status, publish.data.message]).toEqual([
          400,
          expect.stringContaining('"Milieuvriendelijk" (milieuvriendelijk / environmentally friendly)'),
        ])
        // Rephrased, it publishes; the claim written into a published product's text is refused again.
        await api.post(
          `/admin/products/${draft!.id}`,
          { status: "published", description: "In karton verpakt, zonder plastic." },
          staff,
        )
        const again = await failure(
          api.post(`/admin/products/${draft!.id}`, { description: "Klimaatneutraal verzonden." }, staff),
        )
        expect(again.status).toBe(400)
        await api.post(
          `/admin/products/${draft!.id}`,
          { description: "Klimaatneutraal verzonden.", metadata: { eco_label: "NL/025/017" } },
          staff,
        )
        expect((await productByHandle("lamp-concept"))?.metadata).toMatchObject({ eco_label: "NL/025/017" })
      })

      it("accepts an energy-efficiency claim for light sources that are all in class A, and the colour green", async () => {
        await api.post(
          "/admin/products",
          {
            ...withSafety(newLamp("lamp-klasse-a", { ...B, energy_class: "A" })),
            status: "published",
            title: "Groen glas A-lamp",
            description: "Energiezuinig: klasse A.",
          },
          staff,
        )
        expect(await productByHandle("lamp-klasse-a")).toEqual(expect.objectContaining({ title: "Groen glas A-lamp" }))
      })
    })
    describe("product safety information (GPSR, Regulation (EU) 2023/988 art. 19)", () => {
      const B = { wattage: 5.9, lumen: 806, energy_class: "B" }
      const outsideEu = {
        ...SAFETY,
        manufacturer: {
          ...SAFETY.manufacturer,
          name: "Shenzhen Testlight Co., Ltd.",
          address: "1 Test Road, Shenzhen 518000, China",
          country: "CN",
        },
      }
      const responsible = {
        name: "Testverantwoordelijke B.V.",
        address: "Kade 2, 3011 AA Rotterdam, Nederland",
        email: "gpsr@testverantwoordelijke.example.nl",
        country: "NL",
      }

      it("refuses to publish a lighting product without it, naming each missing part, and keeps nothing", async () => {
        const response = await failure(
          api.post("/admin/products", { ...newLamp("lamp-zonder-gpsr", B), status: "published" }, staff),
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toBe(
          'Testlamp lamp-zonder-gpsr: product: a picture is missing; product: manufacturer is missing; product: safety_nl is missing; product: safety_en is missing; variant "Zwart": model is missing; variant "Zwart": ean is missing',
        )
        expect(await productByHandle("lamp-zonder-gpsr")).toBeUndefined()

        // The seed and CSV import publish through Medusa's workflow, which refuses it too.
        const run = createProductsWorkflow(getContainer()).run({
          input: {
            products: [
              {
                ...withSafety(newLamp("lamp-gpsr-seed", B)),
                status: "published" as const,
                metadata: { ...withSafety(newLamp("x", B)).metadata, safety_en: [] },
              },
            ],
          },
        })
        await expect(run).rejects.toMatchObject({
          type: "invalid_data",
          message: expect.stringContaining("Testlamp lamp-gpsr-seed: product: safety_en [] is invalid"),
        })
        expect(await productByHandle("lamp-gpsr-seed")).toBeUndefined()
      })

      it("refuses a manufacturer outside the EU without a responsible person established in the EU, and accepts it with one", async () => {
        const lamp = (handle: string, safety: Record<string, unknown>) => ({
          ...withSafety(newLamp(handle, B), safety),
          status: "published",
        })
        const without = await failure(api.post("/admin/products", lamp("lamp-uit-china", outsideEu), staff))
        expect([without.status, without.data.message]).toEqual([
          400,
          "Testlamp lamp-uit-china: product: eu_responsible_person is missing (the manufacturer is established in CN, outside the EU)",
        ])
        expect(await productByHandle("lamp-uit-china")).toBeUndefined()

        const british = await failure(
          api.post(
            "/admin/products",
            lamp("lamp-uit-china", { ...outsideEu, eu_responsible_person: { ...responsible, country: "GB" } }),
            staff,
          ),
        )
        expect([british.status, british.data.message]).toEqual([
          400,
          expect.stringContaining('product: eu_responsible_person.country "GB" is invalid'),
        ])

        await api.post(
          "/admin/products",
          lamp("lamp-uit-china", { ...outsideEu, eu_responsible_person: responsible }),
          staff,
        )
        expect((await productByHandle("lamp-uit-china"))?.metadata).toMatchObject({
          manufacturer: outsideEu.manufacturer,
          eu_responsible_person: responsible,
        })
      })

      it("lets a draft lack it and refuses to publish the draft until it is complete, changing nothing meanwhile", async () => {
        await api.post("/admin/products", newLamp("lamp-gpsr-concept", B), staff)
        const draft = (await productByHandle("lamp-gpsr-concept"))!
        const incomplete = await failure(
          api.post(
            `/admin/products/${draft.id}`,
            { status: "published", thumbnail: "https://helder.example/concept.jpg", metadata: SAFETY },
            staff,
          ),
        )
        expect([incomplete.status, incomplete.data.message]).toEqual([
          400,
          'Testlamp lamp-gpsr-concept: variant "Zwart": ean is missing',
        ])
        const { data } = await api.get(`/admin/products/${draft.id}?fields=status,thumbnail,metadata`, staff)
        expect(data.product).toMatchObject({ status: "draft", thumbnail: null, metadata: draft.metadata })

        // A draft may hold a wrong EAN (its check digit would be 6); publishing names it.
        await api.post(
          `/admin/products/${draft.id}/variants/${draft.variants[0]!.id}`,
          { metadata: { ean: "8719841999012" } },
          staff,
        )
        const wrongDigit = await failure(
          api.post(
            `/admin/products/${draft.id}`,
            { status: "published", thumbnail: "https://helder.example/concept.jpg", metadata: SAFETY },
            staff,
          ),
        )
        // Admin answers mask long digit runs in messages as if they were phone numbers, so the EAN shows as "•••12".
        expect(wrongDigit.data.message).toMatch(
          /^Testlamp lamp-gpsr-concept: variant "Zwart": ean ".*12" is invalid \(a GTIN-13 of 13 digits with a valid check digit\)$/,
        )
        await api.post(
          `/admin/products/${draft.id}/variants/${draft.variants[0]!.id}`,
          { metadata: { ean: ean("871984199901") } },
          staff,
        )
        await api.post(
          `/admin/products/${draft.id}`,
          { status: "published", thumbnail: "https://helder.example/concept.jpg", metadata: SAFETY },
          staff,
        )
        expect((await api.get(`/admin/products/${draft.id}?fields=status`, staff)).data.product.status).toBe(
          "published",
        )
      })

      it("refuses a change that takes a published product's EAN, warnings or picture, and leaves it unchanged", async () => {
        const before = await seeded()
        const picture = async () =>
          (await api.get(`/admin/products/${before.id}?fields=thumbnail,images.id`, staff)).data.product
        const pictureBefore = await picture()
        const variant = before.variants[0]!
        const badEan = await failure(
          api.post(
            `/admin/products/${before.id}/variants/${variant.id}`,
            { metadata: { ean: "8719841999012" } },
            staff,
          ),
        )
        expect(badEan.status).toBe(400)
        expect(badEan.data.message).toMatch(/ean ".*12" is invalid \(a GTIN-13 of 13 digits with a valid check digit\)/)
        const noWarnings = await failure(
          api.post(`/admin/products/${before.id}`, { metadata: { safety_en: "" } }, staff),
        )
        expect([noWarnings.status, noWarnings.data.message]).toEqual([
          400,
          `${before.title}: product: safety_en is missing`,
        ])
        const noPicture = await failure(
          api.post(`/admin/products/${before.id}`, { thumbnail: null, images: [] }, staff),
        )
        expect([noPicture.status, noPicture.data.message]).toEqual([
          400,
          `${before.title}: product: a picture is missing`,
        ])
        expect(await seeded()).toEqual(before)
        expect(await picture()).toEqual(pictureBefore)
      })

      it("does not ask a product without lighting attributes (a gift card) for it", async () => {
        const giftCard = {
          title: "Cadeaubon 50",
          handle: "cadeaubon-50",
          status: "published",
          options: [{ title: "Waarde", values: ["50"] }],
          variants: [{ title: "€ 50", options: { Waarde: "50" }, prices: [{ currency_code: "eur", amount: 50 }] }],
        }
        await api.post("/admin/products", giftCard, staff)
        expect(await productByHandle("cadeaubon-50")).toEqual(expect.objectContaining({ title: "Cadeaubon 50" }))
      })
    })
    describe("energy labels (Regulation (EU) 2019/2015)", () => {
      const B = { wattage: 5.9, lumen: 806, energy_class: "B" }
      const bulb = (
        handle: string,
        variant: Record<string, unknown>,
        scope: Record<string, unknown> = { energy_scope: "light_source" },
      ) => {
        const lamp = withSafety(newLamp(handle, { ...B, ...variant }))
        const { replaceable_light_source: _, ...metadata } = { ...lamp.metadata, ...scope }
        return { ...lamp, status: "published", metadata }
      }

      it("refuses to publish a light source without its EPREL number and energy use, and keeps nothing", async () => {
        const response = await failure(api.post("/admin/products", bulb("lamp-zonder-eprel", {}), staff))
        expect([response.status, response.data.message]).toEqual([
          400,
          'Testlamp lamp-zonder-eprel: variant "Zwart": eprel_number is missing; variant "Zwart": energy_kwh_1000h is missing',
        ])
        expect(await productByHandle("lamp-zonder-eprel")).toBeUndefined()

        const wrongUse = await failure(
          api.post(
            "/admin/products",
            bulb("lamp-verkeerd-verbruik", { eprel_number: "1234567", energy_kwh_1000h: 5 }),
            staff,
          ),
        )
        expect(wrongUse.data.message).toContain(
          "energy_kwh_1000h 5 does not match its wattage 5.9 W (the label states 6)",
        )

        const noScope = await failure(
          api.post("/admin/products", bulb("lamp-zonder-soort", {}, { energy_scope: "" }), staff),
        )
        expect(noScope.data.message).toBe(
          "Testlamp lamp-zonder-soort: product: energy_scope is missing (one of light_source, containing, out_of_scope)",
        )

        const luminaire = await failure(
          api.post("/admin/products", bulb("armatuur-zonder-vervangbaar", {}, { energy_scope: "containing" }), staff),
        )
        expect(luminaire.data.message).toContain("product: replaceable_light_source is missing")
        for (const handle of ["lamp-verkeerd-verbruik", "lamp-zonder-soort", "armatuur-zonder-vervangbaar"])
          expect(await productByHandle(handle)).toBeUndefined()
      })

      it("publishes a complete light source, whose label then carries its registration, class, use, supplier and model", async () => {
        await api.post(
          "/admin/products",
          bulb("lamp-met-eprel", { eprel_number: "1234567", energy_kwh_1000h: 6 }),
          staff,
        )
        const product = (await productByHandle("lamp-met-eprel"))!
        expect(energyLabelFromMetadata(product.metadata, product.variants[0]!.metadata)).toEqual({
          registration: "1234567",
          energyClass: "B",
          kwh: 6,
          supplier: SAFETY.manufacturer.name,
          model: SAFETY.model,
        })
      })

      it("refuses a change that takes a published light source's registration, and leaves it unchanged", async () => {
        const { data } = await api.get(
          `/admin/products?handle=led-lamp-e27-mat-1521-lm&fields=id,title,metadata,*variants`,
          staff,
        )
        const before = data.products[0]
        const variant = before.variants[0]
        const response = await failure(
          api.post(`/admin/products/${before.id}/variants/${variant.id}`, { metadata: { eprel_number: "" } }, staff),
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(`eprel_number is missing`)
        const after = (await api.get(`/admin/products/${before.id}/variants/${variant.id}?fields=metadata`, staff)).data
          .variant
        expect(after.metadata).toEqual(variant.metadata)
      })

      it("gives a shop seeded before energy labels the seed's label data on its next seed, and keeps what staff set", async () => {
        const service = getContainer().resolve(Modules.PRODUCT)
        const [product] = await service.listProducts(
          { handle: "led-lamp-e27-filament-a60-helder" },
          { relations: ["variants"] },
        )
        const [first, second] = [...product!.variants].sort((a, b) => a.id.localeCompare(b.id))
        const before = { scope: product!.metadata?.energy_scope, eprel: first!.metadata?.eprel_number }
        // As an older seed left it: no scope, no registration; and a model staff corrected since.
        await service.updateProducts(product!.id, { metadata: { energy_scope: "" } })
        await service.updateProductVariants(first!.id, { metadata: { eprel_number: "" } })
        await service.updateProductVariants(second!.id, { metadata: { model: "BWL-STAFF-2" } })
        const [cleared] = await service.listProducts(
          { handle: "led-lamp-e27-filament-a60-helder" },
          { relations: ["variants"] },
        )
        expect([
          cleared!.metadata?.energy_scope ?? "",
          cleared!.variants.find((v) => v.id === first!.id)!.metadata?.eprel_number ?? "",
        ]).toEqual(["", ""])
        await seedAndGetStoreHeaders(getContainer())
        const [after] = await service.listProducts(
          { handle: "led-lamp-e27-filament-a60-helder" },
          { relations: ["variants"] },
        )
        const variant = (id: string) => after!.variants.find((candidate) => candidate.id === id)!
        expect({ scope: after!.metadata?.energy_scope, eprel: variant(first!.id).metadata?.eprel_number }).toEqual(
          before,
        )
        expect(before.scope).toBe("light_source")
        expect(variant(second!.id).metadata?.model).toBe("BWL-STAFF-2")
      })

      it("gives every seeded lighting product a scope: each light source variant a complete label, each luminaire its contained classes", async () => {
        const { data } = await api.get("/admin/products?limit=500&fields=handle,metadata,*variants", staff)
        const lighting = (
          data.products as {
            handle: string
            metadata: Record<string, unknown>
            variants: { title: string; metadata: Record<string, unknown> }[]
          }[]
        ).filter((product) => specFromMetadata(product.metadata, product.variants[0]?.metadata))
        expect(lighting.length).toBeGreaterThanOrEqual(50)
        const registrations = new Set<string>()
        const scopes = new Set<string>()
        for (const product of lighting) {
          const info = energyInfoFromMetadata(product.metadata, product.variants)
          expect([product.handle, info?.scope ?? "none"]).not.toEqual([product.handle, "none"])
          scopes.add(info!.scope)
          if (info!.scope === "containing")
            expect([product.handle, info!.classes.length]).not.toEqual([product.handle, 0])
          if (info!.scope !== "light_source") continue
          for (const variant of product.variants) {
            const label = energyLabelFromMetadata(product.metadata, variant.metadata)
            const spec = specFromMetadata(product.metadata, variant.metadata)!
            expect([product.handle, variant.title, label?.kwh]).toEqual([
              product.handle,
              variant.title,
              kwhPer1000h(spec.wattage),
            ])
            expect(registrations.has(label!.registration)).toBe(false)
            registrations.add(label!.registration)
          }
        }
        expect([...scopes].sort()).toEqual(["containing", "light_source"])
      })
    })
  },
})
