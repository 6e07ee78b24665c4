import { readImportFile, type ImportFile } from "../import-rows"

const HEADER =
  "handle,title,title_en,description,description_en,category,status,thumbnail,material,weight,option1_title,option1_value,sku,price_eur,stock," +
  "fitting,kelvin,wattage,lumen,dimmable,ip_rating,energy_class,beam_angle," +
  "manufacturer_name,manufacturer_address,manufacturer_email,manufacturer_country,safety_nl,safety_en,model,ean,batch," +
  "energy_scope,replaceable_light_source,eprel_number,energy_kwh_1000h"

const MAKER = 'Lichtwerk B.V.,"Gloeidraadstraat 14, 5611 AB Eindhoven",info@lichtwerk.example.nl,NL'
const SAFETY = '"Alleen binnen.|Niet afdekken.","Indoor use only.|Do not cover."'

/** A published GU10 spot in two colour temperatures: a light source with its label data. */
function spot(overrides: { line2?: string; line3?: string } = {}) {
  const line2 =
    overrides.line2 ??
    `spot-gu10,Spot GU10,GU10 spot,Een spot,A spot,spots,published,https://img.example/spot.jpg,Glas,60,Kleurtemperatuur,2700 K,SPT-2700,"6,95",12,GU10,2700,4.9,400,true,IP20,E,36,${MAKER},${SAFETY},SPT,8719841000019,,light_source,,123456,5`
  const line3 =
    overrides.line3 ??
    `spot-gu10,Spot GU10,GU10 spot,Een spot,A spot,spots,published,https://img.example/spot.jpg,Glas,60,Kleurtemperatuur,4000 K,SPT-4000,7.95,3,GU10,4000,4.9,420,true,IP20,E,36,${MAKER},${SAFETY},SPT,8719841000026,,light_source,,123457,5`
  return [HEADER, line2, line3].join("\n")
}

const errorsOf = (file: ImportFile) => (file.ok ? [] : file.errors)

describe("readImportFile", () => {
  it("builds one product per handle, shared attributes on the product and varying ones on the variants", () => {
    const file = readImportFile(spot())
    expect(errorsOf(file)).toEqual([])
    if (!file.ok) return
    const [product] = file.products
    expect(file.products).toHaveLength(1)
    expect(product).toMatchObject({
      line: 2,
      handle: "spot-gu10",
      title: "Spot GU10",
      status: "published",
      category: "spots",
      weight: 60,
      options: [{ title: "Kleurtemperatuur", values: ["2700 K", "4000 K"] }],
    })
    expect(product!.metadata).toEqual({
      fitting: "GU10",
      wattage: 4.9,
      dimmable: true,
      ip_rating: "IP20",
      energy_class: "E",
      beam_angle: 36,
      model: "SPT",
      title_en: "GU10 spot",
      description_en: "A spot",
      manufacturer: {
        name: "Lichtwerk B.V.",
        address: "Gloeidraadstraat 14, 5611 AB Eindhoven",
        email: "info@lichtwerk.example.nl",
        country: "NL",
      },
      safety_nl: ["Alleen binnen.", "Niet afdekken."],
      safety_en: ["Indoor use only.", "Do not cover."],
      energy_scope: "light_source",
    })
    expect(product!.variants).toEqual([
      {
        line: 2,
        sku: "SPT-2700",
        title: "2700 K",
        options: { Kleurtemperatuur: "2700 K" },
        price: 6.95,
        stock: 12,
        metadata: { kelvin: 2700, lumen: 400, ean: "8719841000019", eprel_number: "123456", energy_kwh_1000h: 5 },
      },
      {
        line: 3,
        sku: "SPT-4000",
        title: "4000 K",
        options: { Kleurtemperatuur: "4000 K" },
        price: 7.95,
        stock: 3,
        metadata: { kelvin: 4000, lumen: 420, ean: "8719841000026", eprel_number: "123457", energy_kwh_1000h: 5 },
      },
    ])
  })

  it("reports every bad row by its line, with the column and the reason", () => {
    const good = spot().split("\n")
    const bad = spot({ line2: good[1]!.replace(",2700,4.9,", ",warm,4.9,").replace(',"6,95",', ",,") })
    expect(errorsOf(readImportFile(bad))).toEqual([
      { line: 2, message: "price_eur is required" },
      { line: 2, message: "kelvin: must be a number" },
    ])
    const twice = spot({ line3: good[2]!.replace("SPT-4000", "SPT-2700") })
    expect(errorsOf(readImportFile(twice))).toEqual([{ line: 3, message: "sku SPT-2700 is also on line 2" }])
  })

  it("refuses a published light source without its EPREL number, and a product without safety information, naming the variant's line", () => {
    const good = spot().split("\n")
    const file = readImportFile(spot({ line3: good[2]!.replace(",123457,5", ",,5") }))
    expect(errorsOf(file)).toEqual([{ line: 3, message: 'variant "4000 K": eprel_number is missing' }])
    const noMaker = readImportFile(spot().replaceAll(MAKER, ",,,"))
    expect(errorsOf(noMaker).map((error) => error.line)).toContain(2)
    expect(errorsOf(noMaker).map((error) => error.message)).toContain("product: manufacturer is missing")
  })

  it("lets a draft be incomplete but still a valid lighting spec", () => {
    const draft = spot()
      .replaceAll(",published,", ",draft,")
      .replaceAll(MAKER, ",,,")
      .replaceAll(",123456,5", ",,")
      .replaceAll(",123457,5", ",,")
    expect(errorsOf(readImportFile(draft))).toEqual([])
    const noFitting = readImportFile(draft.replaceAll(",GU10,", ",,"))
    expect(errorsOf(noFitting)).toEqual([
      { line: 2, message: 'variant "2700 K": fitting is missing' },
      { line: 3, message: 'variant "4000 K": fitting is missing' },
    ])
  })

  it("refuses product columns that differ between rows of one handle, unknown columns and ragged rows", () => {
    const good = spot().split("\n")
    expect(
      errorsOf(readImportFile(spot({ line3: good[2]!.replace("Spot GU10,GU10 spot", "Andere spot,GU10 spot") }))),
    ).toEqual([{ line: 3, message: "title differs from line 2, the first row of spot-gu10" }])
    expect(errorsOf(readImportFile(`${HEADER},colour\n${good[1]},x`))).toEqual([
      { line: 1, message: 'unknown column "colour"' },
    ])
    expect(errorsOf(readImportFile(`${HEADER}\n${good[1]},x`))).toEqual([
      { line: 2, message: "has 37 cells, the header 36" },
    ])
  })

  it("refuses a generic environmental claim in a published product's text", () => {
    const file = readImportFile(spot().replaceAll("Een spot,", "Een duurzame spot,"))
    expect(errorsOf(file)[0]).toMatchObject({ line: 2, message: expect.stringContaining('"duurzame"') })
  })
})
