import { efficacy, kelvinBand } from "../attributes"
import { lightingSpecProblems, specFromMetadata, specToMetadata } from "../metadata"

describe("lighting metadata", () => {
  const spec = {
    fitting: "GU10",
    kelvin: 2700,
    wattage: 4.9,
    lumen: 345,
    dimmable: true,
    ip_rating: "IP20",
    energy_class: "F",
    beam_angle: 36,
  } as const

  it("splits a spec over product and variant and merges it back", () => {
    const { product, variant } = specToMetadata(spec, ["fitting", "ip_rating", "beam_angle"])
    expect(product).toEqual({ fitting: "GU10", ip_rating: "IP20", beam_angle: 36 })
    expect(variant).not.toHaveProperty("fitting")
    expect(specFromMetadata(product, variant)).toEqual(spec)
  })

  it("lets the variant override the product", () => {
    expect(specFromMetadata({ ...spec, kelvin: 2700 }, { kelvin: 4000 })?.kelvin).toBe(4000)
  })

  it("returns null for incomplete or invalid metadata instead of throwing", () => {
    expect(specFromMetadata({ fitting: "GU10" })).toBeNull()
    expect(specFromMetadata({ ...spec, energy_class: "A+++" })).toBeNull()
    expect(specFromMetadata(null)).toBeNull()
  })

  it("refuses to write an invalid spec", () => {
    expect(() => specToMetadata({ ...spec, kelvin: 100 }, [])).toThrow()
  })

  describe("lightingSpecProblems", () => {
    const shared = { fitting: "GU10", kelvin: 2700, ip_rating: "IP20", beam_angle: 36, title_en: "Spot" }
    const perVariant = { wattage: 4.9, lumen: 345, dimmable: true, energy_class: "F" }

    it("finds none for complete specs, other metadata keys, or a product that is not a lighting product", () => {
      expect(
        lightingSpecProblems(shared, [
          { title: "Zwart", metadata: perVariant },
          { title: "Wit", metadata: { ...perVariant, kelvin: 4000 } },
        ]),
      ).toEqual([])
      expect(
        lightingSpecProblems({ title_en: "Gift card" }, [
          { title: "€25", metadata: { colour: "red" } },
          { metadata: null },
        ]),
      ).toEqual([])
      expect(lightingSpecProblems(null, [])).toEqual([])
      expect(lightingSpecProblems({ fitting: "" }, [{ title: "Zwart", metadata: null }])).toEqual([])
    })

    it("names the variant and the missing attribute", () => {
      const { energy_class: _, ...withoutClass } = perVariant
      expect(
        lightingSpecProblems(shared, [
          { title: "Zwart", metadata: perVariant },
          { title: "Wit", metadata: withoutClass },
        ]),
      ).toEqual(['variant "Wit": energy_class is missing'])
      expect(lightingSpecProblems({}, [{ metadata: { wattage: 5 } }])).toContain("variant 1: fitting is missing")
    })

    it("names the variant, the attribute and its value when a variant's value is invalid", () => {
      const [problem, ...rest] = lightingSpecProblems(shared, [
        { title: "Zwart", metadata: { ...perVariant, energy_class: "A+++" } },
      ])
      expect(rest).toEqual([])
      expect(problem).toMatch(/^variant "Zwart": energy_class "A\+\+\+" is invalid \(.*"G".*\)$/)
    })

    it("blames a bad shared value on the product, once for all variants", () => {
      const problems = lightingSpecProblems({ ...shared, fitting: "E99" }, [
        { title: "Zwart", metadata: perVariant },
        { title: "Wit", metadata: perVariant },
      ])
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatch(/^product: fitting "E99" is invalid/)
    })

    it("lets a variant's valid value stand in for the product's invalid one", () => {
      expect(
        lightingSpecProblems({ ...shared, kelvin: 100 }, [
          { title: "Zwart", metadata: { ...perVariant, kelvin: 3000 } },
        ]),
      ).toEqual([])
    })
  })

  it("bands colour temperatures and computes efficacy", () => {
    expect([2200, 3000, 3001, 4000, 4501, 6500].map(kelvinBand)).toEqual([
      "warm",
      "warm",
      "neutral",
      "neutral",
      "cool",
      "cool",
    ])
    expect(efficacy({ lumen: 806, wattage: 5.9 })).toBe(137)
  })
})
