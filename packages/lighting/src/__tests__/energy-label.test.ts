import { ENERGY_CLASSES } from "../attributes"
import {
  containedLightSourceSentence,
  ENERGY_CLASS_COLOURS,
  energyInfoFromMetadata,
  energyLabelFromMetadata,
  energyLabelProblems,
  eprelQrUrl,
  kwhPer1000h,
} from "../energy-label"
import { energyLabelSvg, type QrModules } from "../energy-label-svg"

const manufacturer = {
  name: "Ningbo Brightway Lighting Co., Ltd.",
  address: "No. 88 Guangming Road, Ningbo, China",
  email: "compliance@brightway.example.com",
  country: "CN",
}
const bulb = {
  energy_scope: "light_source",
  fitting: "E27",
  kelvin: 2700,
  dimmable: false,
  ip_rating: "IP20",
  manufacturer,
  model: "BWL-701",
  safety_nl: ["Schakel de stroom uit."],
  safety_en: ["Switch off the power."],
}
const variants = [
  {
    title: "4 W",
    metadata: {
      wattage: 4,
      lumen: 840,
      energy_class: "A",
      eprel_number: "1970101",
      energy_kwh_1000h: 4,
      model: "BWL-701-01",
    },
  },
  {
    title: "5,9 W",
    metadata: { wattage: 5.9, lumen: 806, energy_class: "D", eprel_number: "1970102", energy_kwh_1000h: 6 },
  },
]

describe("energy label data (Regulation (EU) 2019/2015)", () => {
  it("reads a light source variant's label: its registration, class, kWh/1000 h, the supplier and its own model", () => {
    expect(energyLabelFromMetadata(bulb, variants[0]!.metadata)).toEqual({
      registration: "1970101",
      energyClass: "A",
      kwh: 4,
      supplier: manufacturer.name,
      model: "BWL-701-01",
    })
    // Without a model of its own the variant takes the product's.
    expect(energyLabelFromMetadata(bulb, variants[1]!.metadata)?.model).toBe("BWL-701")
  })

  it("gives no label to a containing product, to a product without scope, or to a light source lacking its data", () => {
    const luminaire = { ...bulb, energy_scope: "containing", replaceable_light_source: true }
    expect(energyLabelFromMetadata(luminaire, variants[0]!.metadata)).toBeNull()
    expect(energyLabelFromMetadata({ ...bulb, energy_scope: undefined }, variants[0]!.metadata)).toBeNull()
    expect(energyLabelFromMetadata(bulb, { ...variants[0]!.metadata, eprel_number: "" })).toBeNull()
    expect(energyLabelFromMetadata({ ...bulb, manufacturer: undefined }, variants[0]!.metadata)).toBeNull()
  })

  it("states the on-mode energy use rounded up to a whole kWh/1000 h", () => {
    expect(kwhPer1000h(4)).toBe(4)
    expect(kwhPer1000h(5.9)).toBe(6)
    expect(kwhPer1000h(2.1)).toBe(3)
  })

  it("describes a containing product by the classes it contains, best first, and whether they can be replaced", () => {
    const luminaire = { ...bulb, energy_scope: "containing", replaceable_light_source: false }
    expect(energyInfoFromMetadata(luminaire, [variants[1]!, variants[0]!])).toEqual({
      scope: "containing",
      classes: ["A", "D"],
      replaceable: false,
    })
    expect(energyInfoFromMetadata(bulb, variants)).toEqual({ scope: "light_source" })
    expect(energyInfoFromMetadata({ energy_scope: "out_of_scope", fitting: "E27" }, [])).toEqual({
      scope: "out_of_scope",
    })
    expect(energyInfoFromMetadata({ ...luminaire, replaceable_light_source: undefined }, variants)).toBeNull()
    expect(
      energyInfoFromMetadata({ title_en: "Gift card", energy_scope: "light_source" }, [{ metadata: null }]),
    ).toBeNull()
  })

  it("words the containing product's sentence as Annex V point 2 does, in the singular and the plural", () => {
    expect(containedLightSourceSentence(["C"], "en")).toBe(
      "This product contains a light source of energy efficiency class C.",
    )
    expect(containedLightSourceSentence(["A", "D"], "en")).toBe(
      "This product contains light sources of energy efficiency classes A and D.",
    )
    expect(containedLightSourceSentence(["F"], "nl")).toBe(
      "Dit product bevat een lichtbron met energie-efficiëntieklasse F.",
    )
    expect(containedLightSourceSentence(["A", "B"], "nl")).toBe(
      "Dit product bevat lichtbronnen met energie-efficiëntieklassen A en B.",
    )
  })
})

describe("energyLabelProblems (the publish check)", () => {
  it("finds none for a complete light source, a containing product that says whether it is replaceable, or a product out of scope", () => {
    expect(energyLabelProblems(bulb, variants)).toEqual([])
    expect(
      energyLabelProblems({ ...bulb, energy_scope: "containing", replaceable_light_source: true }, [
        { title: "Zwart", metadata: { wattage: 4, lumen: 840, energy_class: "A" } },
      ]),
    ).toEqual([])
    expect(energyLabelProblems({ ...bulb, energy_scope: "out_of_scope" }, variants)).toEqual([])
    expect(energyLabelProblems({ title_en: "Gift card" }, [{ title: "€ 25", metadata: null }])).toEqual([])
  })

  it("refuses a lighting product without a scope, or with an unknown one", () => {
    expect(energyLabelProblems({ ...bulb, energy_scope: undefined }, variants)).toEqual([
      "product: energy_scope is missing (one of light_source, containing, out_of_scope)",
    ])
    expect(energyLabelProblems({ ...bulb, energy_scope: "lamp" }, variants)[0]).toContain(
      'energy_scope "lamp" is invalid',
    )
  })

  it("refuses a light source variant without its EPREL number or energy use, naming the variant", () => {
    const missing = [{ title: "4 W", metadata: { wattage: 4, lumen: 840, energy_class: "A" } }]
    expect(energyLabelProblems(bulb, missing)).toEqual([
      'variant "4 W": eprel_number is missing',
      'variant "4 W": energy_kwh_1000h is missing',
    ])
    const bad = [{ title: "4 W", metadata: { ...variants[0]!.metadata, eprel_number: "EU-123" } }]
    expect(energyLabelProblems(bulb, bad)[0]).toMatch(/^variant "4 W": eprel_number "EU-123" is invalid/)
  })

  it("refuses an energy use the variant's power does not give, and one registration shared by two variants", () => {
    const wrong = [{ title: "5,9 W", metadata: { ...variants[1]!.metadata, energy_kwh_1000h: 5 } }]
    expect(energyLabelProblems(bulb, wrong)).toEqual([
      'variant "5,9 W": energy_kwh_1000h 5 does not match its wattage 5.9 W (the label states 6)',
    ])
    const shared = [variants[0]!, { title: "Kopie", metadata: { ...variants[0]!.metadata } }]
    expect(energyLabelProblems(bulb, shared)).toEqual([
      'variant "Kopie": eprel_number 1970101 is also the registration of variant "4 W"',
    ])
  })

  it("refuses a containing product that does not say whether its light source can be replaced", () => {
    expect(energyLabelProblems({ ...bulb, energy_scope: "containing" }, variants)).toEqual([
      "product: replaceable_light_source is missing (true or false: can the user replace the light source it contains?)",
    ])
  })
})

describe("energyLabelSvg", () => {
  // A stand-in for an encoder's output: a checkerboard, so every other module is dark.
  const qr: QrModules = { size: 25, isDark: (row, column) => (row + column) % 2 === 0 }
  const label = {
    registration: "1970101",
    energyClass: "B" as const,
    kwh: 6,
    supplier: "Lichtwerk & Zn.",
    model: "LW <1>",
  }

  it("draws every element Annex III names: supplier, model, the A–G scale in its colours, the class, kWh/1000 h, QR code, regulation", () => {
    const svg = energyLabelSvg(label, qr)
    expect(svg.startsWith("<svg")).toBe(true)
    expect(svg).toContain("Lichtwerk &#38; Zn.")
    expect(svg).toContain("LW &#60;1&#62;")
    for (const energyClass of ENERGY_CLASSES) expect(svg).toContain(`fill="${ENERGY_CLASS_COLOURS[energyClass]}"`)
    expect(svg).toMatch(/fill="#fff" font-size="44" font-weight="700" text-anchor="middle">B<\/text>/)
    expect(svg).toContain(">6<tspan")
    expect(svg).toContain("kWh/1000h")
    expect(svg).toContain("2019/2015")
    // 25 rows of alternating modules: 313 dark ones, each a run of one.
    expect(svg.match(/h1v1h-1z/g)).toHaveLength(313)
    expect(eprelQrUrl("1970101")).toBe("https://eprel.ec.europa.eu/qr/1970101")
  })
})
