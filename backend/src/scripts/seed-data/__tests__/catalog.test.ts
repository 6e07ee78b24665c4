import { efficacy, lightingSpecSchema, specFromMetadata } from "@helder/lighting"
import { CATEGORIES, PRODUCTS, type Localised } from "../catalog"
import { categoryImage, productImage } from "../product-image"

const allVariants = PRODUCTS.flatMap((product) => product.variants.map((variant) => ({ product, variant })))

function expectUnique(values: readonly string[]): void {
  const seen = new Set<string>()
  const duplicates = values.filter((value) => seen.size === seen.add(value).size)
  expect(duplicates).toEqual([])
}

function expectLocalised(text: Localised): void {
  expect(text.nl.trim()).not.toBe("")
  expect(text.en.trim()).not.toBe("")
}

function decode(uri: string): string {
  const prefix = "data:image/svg+xml;base64,"
  expect(uri.startsWith(prefix)).toBe(true)
  return Buffer.from(uri.slice(prefix.length), "base64").toString("utf8")
}

describe("seed catalog", () => {
  it("has at least 45 products and at least 4 in every category", () => {
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(45)
    const counts = CATEGORIES.map((c) => [c.handle, PRODUCTS.filter((p) => p.category === c.handle).length] as const)
    expect(counts.filter(([, count]) => count < 4)).toEqual([])
  })

  it("puts every product in an existing category", () => {
    const handles = new Set(CATEGORIES.map((c) => c.handle))
    expect(PRODUCTS.filter((p) => !handles.has(p.category)).map((p) => p.handle)).toEqual([])
  })

  it("has unique kebab-case handles and unique SKUs", () => {
    expectUnique(CATEGORIES.map((c) => c.handle))
    expectUnique(PRODUCTS.map((p) => p.handle))
    expectUnique(allVariants.map(({ variant }) => variant.sku))
    for (const { handle } of PRODUCTS) expect(handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it("gives every product 1 to 6 variants and at least 90 in total", () => {
    for (const product of PRODUCTS) {
      expect(product.variants.length).toBeGreaterThanOrEqual(1)
      expect(product.variants.length).toBeLessThanOrEqual(6)
    }
    expect(allVariants.length).toBeGreaterThanOrEqual(90)
  })

  it("merges product and variant spec into a complete, valid lighting spec", () => {
    for (const { product, variant } of allVariants) {
      const fromMetadata = specFromMetadata(product.productSpec, variant.spec)
      expect({ sku: variant.sku, valid: fromMetadata !== null }).toEqual({ sku: variant.sku, valid: true })
      expect(fromMetadata).toEqual(lightingSpecSchema.parse({ ...product.productSpec, ...variant.spec }))
    }
  })

  it("keeps shared and per-variant spec keys apart", () => {
    for (const product of PRODUCTS) {
      expect([...product.productSpecKeys].sort()).toEqual(Object.keys(product.productSpec).sort())
      for (const variant of product.variants) {
        const overlap = Object.keys(variant.spec).filter((key) => key in product.productSpec)
        expect({ sku: variant.sku, overlap }).toEqual({ sku: variant.sku, overlap: [] })
      }
    }
  })

  it("uses realistic light-source figures", () => {
    for (const { product, variant } of allVariants) {
      const spec = lightingSpecSchema.parse({ ...product.productSpec, ...variant.spec })
      // The class-A filament bulb reaches 210 lm/W; anything beyond that would be a typo.
      expect(efficacy(spec)).toBeGreaterThanOrEqual(80)
      expect(efficacy(spec)).toBeLessThanOrEqual(215)
      // Directional fittings are sold by beam angle; an E27 or E14 bulb has none.
      if (spec.fitting === "GU10" || spec.fitting === "GU5.3") expect(spec.beam_angle).toBeDefined()
      if (["E27", "E14", "G9", "R7s"].includes(spec.fitting)) expect(spec.beam_angle).toBeUndefined()
      if (product.category === "buitenverlichting") expect(["IP20", "IP23"]).not.toContain(spec.ip_rating)
    }
  })

  it("matches variant option values to the product's options, without duplicate combinations", () => {
    for (const product of PRODUCTS) {
      expect(product.options.length).toBeGreaterThanOrEqual(1)
      expect(product.options.length).toBeLessThanOrEqual(2)
      const titles = product.options.map((o) => o.title.nl)
      for (const variant of product.variants) {
        expect(Object.keys(variant.options).sort()).toEqual([...titles].sort())
        for (const option of product.options) {
          expect(option.values).toContain(variant.options[option.title.nl])
        }
      }
      for (const option of product.options) {
        expectLocalised(option.title)
        expectUnique(option.values)
        const used = new Set(product.variants.map((v) => v.options[option.title.nl]))
        expect(option.values.filter((value) => !used.has(value))).toEqual([])
      }
      expectUnique(product.variants.map((v) => titles.map((title) => v.options[title]).join(" / ")))
    }
  })

  it("has non-empty, actually translated texts", () => {
    for (const category of CATEGORIES) {
      expectLocalised(category.name)
      expectLocalised(category.description)
      expect(category.name.en).not.toBe(category.name.nl)
    }
    for (const product of PRODUCTS) {
      expectLocalised(product.title)
      expectLocalised(product.description)
      expect(product.title.en).not.toBe(product.title.nl)
      expect(product.description.en).not.toBe(product.description.nl)
      expect(product.material.trim()).not.toBe("")
      expect(product.weight).toBeGreaterThan(0)
    }
  })

  it("has positive prices in cents and plausible stock, including scarce and sold-out variants", () => {
    for (const { variant } of allVariants) {
      expect(variant.price).toBeGreaterThan(0)
      expect(Math.round(variant.price * 100) / 100).toBe(variant.price)
      expect(Number.isInteger(variant.stock)).toBe(true)
      expect(variant.stock).toBeGreaterThanOrEqual(0)
      expect(variant.stock).toBeLessThanOrEqual(200)
    }
    const stocks = allVariants.map(({ variant }) => variant.stock)
    expect(stocks).toContain(0)
    expect(stocks).toContain(1)
  })
})

describe("seed images", () => {
  it("are small, self-contained SVG data URIs", () => {
    const uris = [
      ...PRODUCTS.flatMap((p) => p.variants.map((_, i) => productImage(p, i))),
      ...CATEGORIES.map((c) => categoryImage(c.handle)),
    ]
    for (const uri of uris) {
      expect(uri.length).toBeLessThan(2048)
      const svg = decode(uri)
      expect(svg).toMatch(/^<svg [^>]*viewBox='0 0 800 800'/)
      expect(svg).not.toMatch(/<text|href|<image|Math|NaN|undefined/)
    }
  })

  it("are deterministic", () => {
    for (const product of PRODUCTS) {
      expect(productImage(product)).toBe(productImage(product))
      expect(productImage(product, 0)).toBe(productImage(product))
    }
    for (const category of CATEGORIES) expect(categoryImage(category.handle)).toBe(categoryImage(category.handle))
  })

  it("tint by finish and differ per category", () => {
    const nova = PRODUCTS.find((p) => p.handle === "hanglamp-nova-40")
    expect(nova).toBeDefined()
    if (!nova) return
    expect(decode(productImage(nova, 0))).toContain("#1d1d1f")
    expect(decode(productImage(nova, 1))).toContain("#f4f4f2")
    expect(decode(productImage(nova, 2))).toContain("#b08d57")
    expectUnique(CATEGORIES.map((c) => categoryImage(c.handle)))
  })
})
