import { EU_MEMBER_STATES, isValidEan13, productSafetyProblems } from "@helder/lighting"
import { PRODUCTS } from "../catalog"
import { seedEan } from "../product-safety"

/** The product and variant metadata seed.ts writes, with the seed's safety keys. */
function asStored(product: (typeof PRODUCTS)[number]) {
  return {
    metadata: { ...product.productSpec, ...product.safety },
    variants: product.variants.map((variant) => ({
      title: variant.sku,
      metadata: { ...variant.spec, ean: variant.ean },
    })),
  }
}

describe("seed product safety (GPSR art. 19)", () => {
  it("gives every product what publishing asks for", () => {
    const problems = PRODUCTS.flatMap((product) => {
      const { metadata, variants } = asStored(product)
      return productSafetyProblems(metadata, variants, true).map((problem) => `${product.handle}: ${problem}`)
    })
    expect(problems).toEqual([])
  })

  it("gives every variant its own valid EAN-13", () => {
    const eans = PRODUCTS.flatMap((product) => product.variants.map((variant) => variant.ean))
    expect(eans.filter((ean) => !isValidEan13(ean))).toEqual([])
    expect(new Set(eans).size).toBe(eans.length)
    // Nordlys (5790123), pendants (1), product 01, variant 01; 5+21+9+0+1+6+3+3+0+3+0+3 = 54, so check digit 6.
    expect(seedEan("HLD-HNG-001", 0)).toBe("5790123101016")
  })

  it("has makers in and outside the EU, and a responsible person in the EU for each outside", () => {
    const eu = EU_MEMBER_STATES as readonly string[]
    const countries = new Set(PRODUCTS.map((product) => product.safety.manufacturer.country))
    expect([...countries].filter((country) => eu.includes(country)).length).toBeGreaterThanOrEqual(2)
    const outside = PRODUCTS.filter((product) => !eu.includes(product.safety.manufacturer.country))
    expect(outside.length).toBeGreaterThan(0)
    for (const product of outside) expect(eu).toContain(product.safety.eu_responsible_person?.country)
  })

  it("warns where the product calls for it: dry rooms, bathroom zones, dimmers, fitting limits", () => {
    const warnings = (handle: string) => PRODUCTS.find((product) => product.handle === handle)?.safety.safety_nl ?? []
    expect(warnings("hanglamp-nova-40")).toEqual(
      expect.arrayContaining([
        expect.stringContaining("binnenshuis"),
        "Fitting E27: gebruik een lichtbron van maximaal 60 W.",
      ]),
    )
    expect(warnings("badkamer-wandlamp-spiegel-ip44")).toEqual(
      expect.arrayContaining([expect.stringContaining("badkamerzone 2"), "Niet geschikt voor dimmers."]),
    )
    expect(warnings("led-kaarslamp-e14-filament-dimbaar")).not.toContain("Niet geschikt voor dimmers.")
    expect(warnings("led-spot-gu5-3-12v-36")).toEqual(expect.arrayContaining([expect.stringContaining("12 V")]))
    for (const product of PRODUCTS) expect(product.safety.safety_en).toHaveLength(product.safety.safety_nl.length)
  })
})
