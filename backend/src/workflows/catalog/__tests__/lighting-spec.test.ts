import { patchMetadata } from "../lighting-spec"

describe("patchMetadata", () => {
  const stored = { fitting: "E27", kelvin: 2700, title_en: "Lamp" }

  it("merges a patch the way Medusa's product module stores it, '' dropping a key", () => {
    expect(patchMetadata(stored, { kelvin: 3000, energy_class: "" })).toEqual({
      fitting: "E27",
      kelvin: 3000,
      title_en: "Lamp",
    })
    expect(patchMetadata(stored, { fitting: "" })).toEqual({ kelvin: 2700, title_en: "Lamp" })
    expect(patchMetadata(null, { kelvin: 3000 })).toEqual({ kelvin: 3000 })
  })

  it("keeps what is stored without a patch, and replaces it with {} or null or when told to", () => {
    expect(patchMetadata(stored, undefined)).toBe(stored)
    expect(patchMetadata(stored, {})).toEqual({})
    expect(patchMetadata(stored, null)).toBeNull()
    expect(patchMetadata(stored, { kelvin: 3000 }, true)).toEqual({ kelvin: 3000 })
  })
})
