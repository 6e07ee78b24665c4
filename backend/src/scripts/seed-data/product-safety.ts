import { ean13CheckDigit, type Fitting, type IpRating, type ProductSafety } from "@helder/lighting"

/**
 * The seed's product safety information (Regulation (EU) 2023/988, art. 19). The makers and their
 * addresses are fictional, their e-mail on example domains; the GS1 company prefixes sit in the ranges
 * of the makers' countries (87 NL, 57 DK, 40 DE, 69 CN) but belong to no one we know of.
 */
type Maker = {
  operator: ProductSafety["manufacturer"]
  responsible?: ProductSafety["eu_responsible_person"]
  gs1: string
  model: string
  batch?: string
}

const LICHTWERK: Maker = {
  operator: {
    name: "Lichtwerk Brabant B.V.",
    address: "Gloeidraadstraat 14, 5611 AB Eindhoven, Nederland",
    email: "productveiligheid@lichtwerk.example.nl",
    country: "NL",
  },
  gs1: "8719841",
  model: "LWB",
}
const NORDLYS: Maker = {
  operator: {
    name: "Nordlys Design ApS",
    address: "Lysgade 3, 8000 Aarhus C, Danmark",
    email: "safety@nordlys-design.example.dk",
    country: "DK",
  },
  gs1: "5790123",
  model: "NLD",
}
const LEUCHTENBAU: Maker = {
  operator: {
    name: "Leuchtenbau Sauerland GmbH",
    address: "Lampenweg 7, 58762 Altena, Deutschland",
    email: "produktsicherheit@leuchtenbau-sauerland.example.de",
    country: "DE",
  },
  gs1: "4068512",
  model: "LBS",
}
/**
 * Established outside the Union, so its offers name its EU responsible person (art. 16, Regulation 2019/1020 art. 4).
 */
const BRIGHTWAY: Maker = {
  operator: {
    name: "Ningbo Brightway Lighting Co., Ltd.",
    address: "No. 88 Guangming Road, Yinzhou District, Ningbo 315100, China",
    email: "compliance@brightway-lighting.example.com",
    country: "CN",
  },
  responsible: {
    name: "Lage Landen Productcompliance B.V.",
    address: "Havenstraat 31, 3024 SJ Rotterdam, Nederland",
    email: "gpsr@llpc.example.nl",
    country: "NL",
  },
  gs1: "6975310",
  model: "BWL",
  // Light sources are made in production runs; a recall names the run.
  batch: "NB-2609",
}

/** Who makes what: the SKU's category code (HLD-HNG-001 → HNG) decides the maker. */
const MAKERS: Record<string, Maker> = {
  HNG: NORDLYS,
  TAF: NORDLYS,
  WND: LICHTWERK,
  PLF: LICHTWERK,
  VLR: LICHTWERK,
  BUI: LEUCHTENBAU,
  SPT: LEUCHTENBAU,
  LED: BRIGHTWAY,
  SLM: BRIGHTWAY,
}
const CATEGORY_DIGITS: Record<string, string> = {
  HNG: "1",
  WND: "2",
  PLF: "3",
  TAF: "4",
  VLR: "5",
  BUI: "6",
  LED: "7",
  SPT: "8",
  SLM: "9",
}

/** The most a luminaire's lamp holder may take, in watts, as printed beside it. */
const MAX_WATTS: Partial<Record<Fitting, number>> = { E27: 60, E14: 40, G9: 25, GU10: 35, "GU5.3": 35, R7s: 120 }

/** What a seeded product's safety information is made from. */
export type SafetySource = {
  sku: string
  handle: string
  category: string
  fitting?: Fitting
  ip_rating?: IpRating
  dimmable: boolean
}

/** One warning in both languages; Belgium's French and German are not offered yet (see productSafetySchema). */
type Warning = readonly [nl: string, en: string]

const PLUG_IN = new Set(["wandlamp-arc-verstelbaar", "slimme-ledstrip-rgbw", "slimme-tafellamp-gloed"])

function isLightSource({ category, handle }: SafetySource): boolean {
  return category === "led-lampen" || handle.startsWith("slimme-led-")
}

function placement({ category, ip_rating = "IP20" }: SafetySource): Warning {
  if (ip_rating === "IP20")
    return ["Alleen voor gebruik binnenshuis, in droge ruimtes (IP20).", "For indoor use in dry rooms only (IP20)."]
  if (category === "buitenverlichting" && ip_rating === "IP67")
    return [
      "Waterdicht tot IP67: geschikt om in te graven, niet om permanent onder water te gebruiken.",
      "Watertight to IP67: suitable for burying in the ground, not for permanent use under water.",
    ]
  if (category === "buitenverlichting")
    return [
      `Geschikt voor buiten (${ip_rating}); niet onderdompelen en niet met een hogedrukspuit reinigen.`,
      `Suitable for outdoor use (${ip_rating}); do not immerse or clean with a pressure washer.`,
    ]
  if (category === "tafellampen")
    return [
      `Spatwaterdicht (${ip_rating}): ook voor buiten, maar niet onderdompelen en niet buiten opladen.`,
      `Splash-proof (${ip_rating}): fine outdoors, but do not immerse it or charge it outside.`,
    ]
  return [
    `Spatwaterdicht (${ip_rating}): geschikt voor badkamerzone 2 en daarbuiten, niet voor zone 0 of 1.`,
    `Splash-proof (${ip_rating}): suitable for bathroom zone 2 and beyond, not for zone 0 or 1.`,
  ]
}

function connection(source: SafetySource): Warning[] {
  if (isLightSource(source))
    return [
      [
        "Schakel de stroom uit voordat je de lamp indraait of verwisselt.",
        "Switch off the power before fitting or changing the lamp.",
      ],
    ]
  if (source.handle.startsWith("oplaadbare-"))
    return [
      [
        "Bevat een lithium-ionaccu: laad alleen op met een USB-C-lader van 5 V en laat de lamp niet in de volle zon liggen.",
        "Contains a lithium-ion battery: charge only with a 5 V USB-C charger and do not leave the lamp in full sun.",
      ],
    ]
  if (source.handle.startsWith("railspot-"))
    return [
      [
        "Klik de spot alleen op een spanningsloze eenfaserail.",
        "Only click the spot onto a single-phase track that is switched off.",
      ],
    ]
  if (["tafellampen", "vloerlampen"].includes(source.category) || PLUG_IN.has(source.handle))
    return [
      [
        "Gebruik de lamp niet met een beschadigd snoer of een beschadigde stekker.",
        "Do not use the lamp with a damaged cord or plug.",
      ],
    ]
  return [
    [
      "Laat de lamp aansluiten door een installateur en schakel de spanning uit voordat je hem monteert.",
      "Have the lamp connected by a qualified electrician and switch off the power before mounting it.",
    ],
  ]
}

/** The warnings that fit the product, as it would carry them on its packaging. */
function warnings(source: SafetySource): Warning[] {
  const list: Warning[] = [placement(source), ...connection(source)]
  const maxWatts = source.fitting ? MAX_WATTS[source.fitting] : undefined
  if (source.fitting === "GU5.3")
    list.push([
      "Alleen voor 12 V: gebruik een geschikte LED-driver, sluit nooit rechtstreeks aan op 230 V.",
      "12 V only: use a suitable LED driver, never connect directly to 230 V.",
    ])
  if (maxWatts && !isLightSource(source))
    list.push([
      `Fitting ${source.fitting}: gebruik een lichtbron van maximaal ${maxWatts} W.`,
      `Lamp holder ${source.fitting}: use a light source of at most ${maxWatts} W.`,
    ])
  if (source.fitting === "LED" && !isLightSource(source))
    list.push([
      "De LED is ingebouwd en kan niet door de gebruiker worden vervangen.",
      "The LED is built in and cannot be replaced by the user.",
    ])
  list.push(["Laat de lamp afkoelen voordat je hem aanraakt.", "Let the lamp cool down before touching it."])
  if (!source.dimmable) list.push(["Niet geschikt voor dimmers.", "Not suitable for use with dimmers."])
  return list
}

/** The maker, type and warnings of a seeded product, as product metadata. */
export function seedSafety(source: SafetySource): ProductSafety & { model: string; batch?: string } {
  const [, code = "", number = ""] = source.sku.split("-")
  const maker = MAKERS[code]
  if (!maker) throw new Error(`seedSafety: no maker for ${source.sku}`)
  const list = warnings(source)
  return {
    manufacturer: maker.operator,
    ...(maker.responsible ? { eu_responsible_person: maker.responsible } : {}),
    model: `${maker.model}-${CATEGORY_DIGITS[code]}${number.slice(-2)}`,
    ...(maker.batch ? { batch: maker.batch } : {}),
    safety_nl: list.map(([nl]) => nl),
    safety_en: list.map(([, en]) => en),
  }
}

/** A variant's GTIN-13: the maker's GS1 prefix, the product's number and the variant's, and the check digit. */
export function seedEan(sku: string, variantIndex: number): string {
  const [, code = "", number = ""] = sku.split("-")
  const maker = MAKERS[code]
  const digit = CATEGORY_DIGITS[code]
  if (!maker || !digit) throw new Error(`seedEan: no maker for ${sku}`)
  const first12 = `${maker.gs1}${digit}${number.slice(-2)}${String(variantIndex + 1).padStart(2, "0")}`
  return `${first12}${ean13CheckDigit(first12)}`
}
