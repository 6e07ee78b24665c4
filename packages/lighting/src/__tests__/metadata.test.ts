import { efficacy, kelvinBand } from "../attributes"
import { specFromMetadata, specToMetadata } from "../metadata"

describe("lighting metadata", () => {
  const spec = { fitting: "GU10", kelvin: 2700, wattage: 4.9, lumen: 345, dimmable: true, ip_rating: "IP20", energy_class: "F", beam_angle: 36 } as const

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

  it("bands colour temperatures and computes efficacy", () => {
    expect([2200, 3000, 3001, 4000, 4501, 6500].map(kelvinBand)).toEqual(["warm", "warm", "neutral", "neutral", "cool", "cool"])
    expect(efficacy({ lumen: 806, wattage: 5.9 })).toBe(137)
  })
})
