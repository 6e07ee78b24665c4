import {
  LIGHTING_ATTRIBUTE_KEYS,
  type EnergyClass,
  type LightingAttributeKey,
  type LightingSpec,
} from "@helder/lighting"
import { seedEnergy, seedVariantLabel, type SeedEnergy, type SeedVariantLabel } from "./energy-label"
import { seedEan, seedSafety } from "./product-safety"

/** A text in both shop languages. */
export type Localised = { nl: string; en: string }

/** A product category as seeded into Medusa. */
export interface SeedCategory {
  handle: string
  name: Localised
  description: Localised
}

/** A product option; values are shown to shoppers as written (e.g. "Zwart", "2700 K", "4,9 W"). */
export interface SeedOption {
  title: Localised
  values: string[]
}

/** One purchasable variant; `spec` holds only the lighting keys that differ between variants. */
export interface SeedVariant {
  sku: string
  /** Keyed by the option's Dutch title. */
  options: Record<string, string>
  /** EUR including 21% VAT, in major units. */
  price: number
  stock: number
  spec: Partial<LightingSpec>
  /** GTIN-13, one per variant (GPSR art. 19(c)). */
  ean: string
  /** A light source's EPREL registration, energy use and model identifier; null for a luminaire's variant. */
  label: SeedVariantLabel | null
}

/** One product; productSpec merged with a variant's spec is always a complete LightingSpec. */
export interface SeedProduct {
  handle: string
  category: string
  title: Localised
  description: Localised
  material: string
  /** Grams. */
  weight: number
  productSpec: Partial<LightingSpec>
  productSpecKeys: LightingAttributeKey[]
  options: SeedOption[]
  variants: SeedVariant[]
  /** Maker, type and warnings as product metadata (GPSR art. 19); the variants carry their EAN. */
  safety: ReturnType<typeof seedSafety>
  /** Light source or containing product (Regulation (EU) 2019/2015), as product metadata. */
  energy: SeedEnergy
}

type Spec = Partial<LightingSpec>

/** A variant as written in the tables below: option values in option order, price, stock, spec. */
type Row = readonly [values: readonly string[], price: number, stock: number, spec?: Spec]

interface Draft extends Omit<SeedProduct, "productSpecKeys" | "options" | "variants" | "safety" | "energy"> {
  /** SKU stem; each variant appends a code per option value. */
  sku: string
  axes: readonly Localised[]
  rows: readonly Row[]
}

const FINISH: Localised = { nl: "Afwerking", en: "Finish" }
const WATTAGE: Localised = { nl: "Vermogen", en: "Wattage" }
const CCT: Localised = { nl: "Kleurtemperatuur", en: "Colour temperature" }
const PACK: Localised = { nl: "Verpakking", en: "Pack size" }
const LENGTH: Localised = { nl: "Lengte", en: "Length" }

/** Short SKU codes for finishes; other values are reduced to their letters and digits. */
const FINISH_CODES: Record<string, string> = {
  Zwart: "ZW",
  Wit: "WT",
  Messing: "MS",
  Chroom: "CR",
  Antraciet: "AN",
  Brons: "BR",
  Groen: "GN",
  Terracotta: "TC",
  Naturel: "NA",
  Eikenhout: "EI",
  Amber: "AM",
  RVS: "RV",
}

function skuCode(value: string): string {
  return FINISH_CODES[value] ?? value.replace(/[^0-9A-Za-z]/g, "").toUpperCase()
}

/**
 * Total mains efficacy factor from Regulation (EU) 2019/2015, Annex II: directional lamps get a
 * bonus because their lumens are all useful, low-voltage ones a further correction for the driver.
 */
const FTM = { omni: 1, spot: 1.176, spot12v: 1.089 } as const

const CLASS_FLOORS: readonly (readonly [number, EnergyClass])[] = [
  [210, "A"],
  [185, "B"],
  [160, "C"],
  [135, "D"],
  [110, "E"],
  [85, "F"],
]

/** Wattage, lumen and the energy class the EU label derives from them, so the three never disagree. */
function flux(wattage: number, lumen: number, kind: keyof typeof FTM = "omni"): Spec {
  const efficacy = (lumen / wattage) * FTM[kind]
  const energy_class = CLASS_FLOORS.find(([floor]) => efficacy >= floor)?.[1] ?? "G"
  return { wattage, lumen, energy_class }
}

/** Option label for a wattage, with a Dutch decimal comma. */
function watt(wattage: number): string {
  return `${String(wattage).replace(".", ",")} W`
}

/** A colour-temperature column for `grid`. */
function cct(kelvin: number, price: number): readonly [string, Spec, number] {
  return [`${kelvin} K`, { kelvin }, price]
}

/** Every combination of two option lists; stock is read row by row, first list outermost. */
function grid(
  first: readonly string[],
  second: readonly (readonly [value: string, spec: Spec, price: number])[],
  stock: readonly number[],
): Row[] {
  return first.flatMap((a, i) =>
    second.map(([b, spec, price], j): Row => {
      const count = stock[i * second.length + j]
      if (count === undefined) throw new Error(`grid: no stock for ${a} / ${b}`)
      return [[a, b], price, count, spec]
    }),
  )
}

function product({ sku, axes, rows, ...rest }: Draft): SeedProduct {
  const options = axes.map((title, i) => ({
    title,
    values: [...new Set(rows.map(([values]) => values[i] ?? ""))],
  }))
  const productSpecKeys = LIGHTING_ATTRIBUTE_KEYS.filter((key) => key in rest.productSpec)
  const { fitting, ip_rating } = rest.productSpec
  const dimmable = rows.every(([, , , spec]) => (spec?.dimmable ?? rest.productSpec.dimmable) === true)
  const safety = seedSafety({ sku, handle: rest.handle, category: rest.category, fitting, ip_rating, dimmable })
  const variants = rows.map(([values, price, stock, spec = {}], index) => {
    const ean = seedEan(sku, index)
    return {
      sku: [sku, ...values.map(skuCode)].join("-"),
      options: Object.fromEntries(axes.map((title, i) => [title.nl, values[i] ?? ""])),
      price,
      stock,
      spec,
      ean,
      label: seedVariantLabel({ ...rest, model: safety.model }, { spec, ean }, index),
    }
  })
  return { ...rest, productSpecKeys, options, variants, safety, energy: seedEnergy(rest) }
}

/** The nine shop categories, in menu order. */
export const CATEGORIES: SeedCategory[] = [
  {
    handle: "hanglampen",
    name: { nl: "Hanglampen", en: "Pendant lights" },
    description: {
      nl: "Hanglampen voor boven de eettafel, het kookeiland of in de hal, van kleine kegels tot ruime koepels.",
      en: "Pendant lights for above the dining table, the kitchen island or the hall, from small cones to generous domes.",
    },
  },
  {
    handle: "wandlampen",
    name: { nl: "Wandlampen", en: "Wall lights" },
    description: {
      nl: "Wandlampen om te lezen, om de gang sfeer te geven of om de badkamerspiegel goed te verlichten.",
      en: "Wall lights for reading, for giving a hallway atmosphere or for lighting the bathroom mirror properly.",
    },
  },
  {
    handle: "plafondlampen",
    name: { nl: "Plafondlampen", en: "Ceiling lights" },
    description: {
      nl: "Plafondlampen die een ruimte gelijkmatig verlichten, ook in vochtige ruimtes als badkamer en bijkeuken.",
      en: "Ceiling lights that light a room evenly, including damp rooms such as bathrooms and utility rooms.",
    },
  },
  {
    handle: "tafellampen",
    name: { nl: "Tafellampen", en: "Table lamps" },
    description: {
      nl: "Tafellampen en bureaulampen voor een warme hoek, een vensterbank of een goed verlichte werkplek.",
      en: "Table and desk lamps for a cosy corner, a windowsill or a well-lit workspace.",
    },
  },
  {
    handle: "vloerlampen",
    name: { nl: "Vloerlampen", en: "Floor lamps" },
    description: {
      nl: "Vloerlampen, booglampen en uplighters die licht brengen waar geen plafondaansluiting is.",
      en: "Floor lamps, arc lamps and uplighters that bring light where there is no ceiling point.",
    },
  },
  {
    handle: "buitenverlichting",
    name: { nl: "Buitenverlichting", en: "Outdoor lighting" },
    description: {
      nl: "Spatwaterdichte buitenlampen voor gevel, tuinpad en oprit, gemaakt voor het Nederlandse en Belgische weer.",
      en: "Weatherproof outdoor lights for facades, garden paths and driveways, made for Dutch and Belgian weather.",
    },
  },
  {
    handle: "led-lampen",
    name: { nl: "LED-lampen", en: "LED bulbs" },
    description: {
      nl: "Losse LED-lampen voor elke fitting: E27, E14, GU10, GU5.3, G9 en R7s, met duidelijke lumen- en energiegegevens.",
      en: "Replacement LED bulbs for every holder: E27, E14, GU10, GU5.3, G9 and R7s, with clear lumen and energy data.",
    },
  },
  {
    handle: "spots",
    name: { nl: "Spots", en: "Spotlights" },
    description: {
      nl: "Inbouwspots, opbouwspots en railspots om werkbladen, kunst en plafonds gericht te verlichten.",
      en: "Recessed, surface-mounted and track spotlights for lighting worktops, art and ceilings precisely.",
    },
  },
  {
    handle: "slimme-verlichting",
    name: { nl: "Slimme verlichting", en: "Smart lighting" },
    description: {
      nl: "Slimme lampen die lokaal werken via Zigbee of Matter, zonder verplicht cloudaccount.",
      en: "Smart lights that work locally over Zigbee or Matter, with no mandatory cloud account.",
    },
  },
]

/** The seeded assortment; luminaires include their light source, so every spec is complete. */
export const PRODUCTS: SeedProduct[] = [
  // Hanglampen
  product({
    sku: "HLD-HNG-001",
    handle: "hanglamp-nova-40",
    category: "hanglampen",
    title: { nl: "Hanglamp Nova Ø40", en: "Nova Ø40 pendant light" },
    description: {
      nl: "Een ruime koepelkap van gezet aluminium die het licht naar beneden op tafel richt. De binnenkant is wit gelakt, zodat het licht zacht blijft en niet verblindt. Geleverd met een dimbare LED-filamentlamp van 1055 lumen.",
      en: "A generous dome shade of spun aluminium that directs light down onto the table. The white-lacquered inside keeps the light soft and glare-free. Supplied with a dimmable 1055-lumen LED filament bulb.",
    },
    material: "Aluminium",
    weight: 1450,
    productSpec: { fitting: "E27", kelvin: 2700, ...flux(8.5, 1055), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Zwart"], 129.95, 18],
      [["Wit"], 129.95, 11],
      [["Messing"], 149.95, 4],
    ],
  }),
  product({
    sku: "HLD-HNG-002",
    handle: "hanglamp-lumo-30-opaalglas",
    category: "hanglampen",
    title: { nl: "Hanglamp Lumo Ø30 opaalglas", en: "Lumo Ø30 opal glass pendant" },
    description: {
      nl: "Een mondgeblazen bol van opaalglas die het licht gelijkmatig in alle richtingen verspreidt. Plafondkap en snoerstop zijn uitgevoerd in de afwerking naar keuze. Mooi boven een eettafel of in een trapgat, alleen of in een rij.",
      en: "A mouth-blown globe of opal glass that spreads light evenly in every direction. The ceiling cup and cord grip come in the finish of your choice. Works well above a dining table or in a stairwell, on its own or in a row.",
    },
    material: "Glas",
    weight: 2100,
    productSpec: { fitting: "E27", kelvin: 2700, ...flux(5.9, 806), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Messing"], 159, 7],
      [["Chroom"], 149, 5],
      [["Zwart"], 149, 12],
    ],
  }),
  product({
    sku: "HLD-HNG-003",
    handle: "hanglamp-fjord-3-lichts",
    category: "hanglampen",
    title: { nl: "Hanglamp Fjord 3-lichts", en: "Fjord 3-light pendant" },
    description: {
      nl: "Drie kleine kegelkappen aan een slanke balk van 90 cm, ideaal boven een kookeiland of lange tafel. De geïntegreerde LED-modules zijn dimbaar met een gangbare LED-dimmer. Elk snoer is in te korten tot 50 cm.",
      en: "Three small cone shades on a slim 90 cm bar, ideal above a kitchen island or long table. The integrated LED modules dim with a standard LED dimmer. Each cord can be shortened to 50 cm.",
    },
    material: "Staal",
    weight: 3200,
    productSpec: { fitting: "LED", kelvin: 2700, ...flux(24, 2880), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Zwart"], 219, 9],
      [["Messing"], 249, 3],
    ],
  }),
  product({
    sku: "HLD-HNG-004",
    handle: "hanglamp-riet-45-rotan",
    category: "hanglampen",
    title: { nl: "Hanglamp Riet Ø45 rotan", en: "Riet Ø45 rattan pendant" },
    description: {
      nl: "Met de hand gevlochten rotan dat een warm lichtpatroon op muren en plafond werpt. Licht van gewicht, dus ook geschikt voor een eenvoudige plafondhaak. Inclusief een amberkleurige filamentlamp van 2200 K voor extra sfeer.",
      en: "Hand-woven rattan that casts a warm pattern of light across walls and ceiling. Light enough to hang from a simple ceiling hook. Includes an amber 2200 K filament bulb for extra atmosphere.",
    },
    material: "Rotan",
    weight: 900,
    productSpec: { fitting: "E27", kelvin: 2200, ...flux(5, 470), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Naturel"], 119, 14],
      [["Zwart"], 119, 6],
    ],
  }),
  product({
    sku: "HLD-HNG-005",
    handle: "hanglamp-linea-led-120",
    category: "hanglampen",
    title: { nl: "Hanglamp Linea LED 120 cm", en: "Linea LED 120 cm linear pendant" },
    description: {
      nl: "Een strak lijnprofiel van 120 cm dat een lange eettafel gelijkmatig verlicht. Een microprismatische afdekking houdt de LED's uit het zicht en voorkomt verblinding. Dimbaar en aan twee staalkabels in hoogte verstelbaar.",
      en: "A slim 120 cm profile that lights a long dining table evenly. A micro-prismatic diffuser hides the LEDs and prevents glare. Dimmable, and height-adjustable on two steel cables.",
    },
    material: "Aluminium",
    weight: 2600,
    productSpec: { fitting: "LED", ...flux(32, 3800), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH, CCT],
    rows: grid(["Zwart", "Wit"], [cct(2700, 289), cct(3000, 289)], [7, 4, 5, 2]),
  }),
  product({
    sku: "HLD-HNG-006",
    handle: "hanglamp-kegel-20",
    category: "hanglampen",
    title: { nl: "Hanglamp Kegel Ø20", en: "Kegel Ø20 cone pendant" },
    description: {
      nl: "Een kleine stalen kegel die het best tot zijn recht komt in een rij van drie boven een bar of werkblad. De matte poedercoating laat geen vingerafdrukken zien. Met een textielsnoer van 2 meter en een E14-LED-lamp.",
      en: "A small steel cone that looks best in a row of three above a bar or worktop. The matt powder coating doesn't show fingerprints. Comes with a 2-metre fabric cord and an E14 LED bulb.",
    },
    material: "Staal",
    weight: 650,
    productSpec: { fitting: "E14", kelvin: 2700, ...flux(4.2, 470), dimmable: false, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Zwart"], 59.95, 24],
      [["Wit"], 59.95, 17],
      [["Groen"], 64.95, 8],
      [["Terracotta"], 64.95, 0],
    ],
  }),

  // Wandlampen
  product({
    sku: "HLD-WND-001",
    handle: "wandlamp-arc-verstelbaar",
    category: "wandlampen",
    title: { nl: "Wandlamp Arc verstelbaar", en: "Arc adjustable wall light" },
    description: {
      nl: "Een zwenkarm van 60 cm waarmee je het licht precies boven je boek of stoel zet. Met schakelaar op de kap en een stekker, dus geen elektricien nodig. Ook mooi naast het bed in plaats van een nachtkastlamp.",
      en: "A 60 cm swing arm that puts the light exactly over your book or chair. It has a switch on the shade and a plug, so no electrician is needed. Also works beside the bed instead of a bedside lamp.",
    },
    material: "Staal",
    weight: 1100,
    productSpec: { fitting: "E14", kelvin: 2700, ...flux(4.2, 470), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Zwart"], 89.95, 13],
      [["Messing"], 99.95, 6],
    ],
  }),
  product({
    sku: "HLD-WND-002",
    handle: "wandlamp-duo-up-down",
    category: "wandlampen",
    title: { nl: "Wandlamp Duo up/down", en: "Duo up/down wall light" },
    description: {
      nl: "Een compacte kubus die smalle lichtbundels naar boven en naar beneden op de muur tekent. Geeft een gang of hal direct karakter zonder veel licht te verspillen. De ingebouwde LED gaat tienduizenden branduren mee.",
      en: "A compact cube that draws narrow beams of light up and down the wall. It instantly gives a hallway character without wasting light. The built-in LED lasts tens of thousands of hours.",
    },
    material: "Aluminium",
    weight: 480,
    productSpec: { fitting: "LED", kelvin: 3000, ...flux(6, 600), dimmable: false, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Zwart"], 54.95, 22],
      [["Wit"], 54.95, 19],
      [["Antraciet"], 54.95, 7],
    ],
  }),
  product({
    sku: "HLD-WND-003",
    handle: "wandlamp-bol-g9-opaal",
    category: "wandlampen",
    title: { nl: "Wandlamp Bol G9 opaal", en: "Bol G9 opal wall light" },
    description: {
      nl: "Een kleine opaalglazen bol op een rond wandplaatje, geschikt voor de slaapkamer of naast een spiegel. Het glas dempt het licht tot een zachte gloed. Geleverd met een zuinige G9-LED-capsule.",
      en: "A small opal glass globe on a round wall plate, suited to the bedroom or beside a mirror. The glass softens the light into a gentle glow. Supplied with an efficient G9 LED capsule.",
    },
    material: "Glas",
    weight: 700,
    productSpec: { fitting: "G9", kelvin: 2700, ...flux(2.6, 280), dimmable: false, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Messing"], 69.95, 10],
      [["Chroom"], 64.95, 8],
    ],
  }),
  product({
    sku: "HLD-WND-004",
    handle: "wandleeslamp-lisa-usb-c",
    category: "wandlampen",
    title: { nl: "Wandleeslamp Lisa met USB-C", en: "Lisa reading wall light with USB-C" },
    description: {
      nl: "Een leeslamp voor aan het hoofdeinde met een flexibele arm en een aanraakdimmer. In de voet zit een USB-C-aansluiting om je telefoon 's nachts op te laden. Het licht valt gericht op je boek en niet in de ogen van je partner.",
      en: "A headboard reading light with a flexible arm and a touch dimmer. The base has a USB-C port so you can charge your phone overnight. The light falls on your book rather than into your partner's eyes.",
    },
    material: "Aluminium",
    weight: 520,
    productSpec: { fitting: "LED", kelvin: 3000, ...flux(5, 450), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Zwart"], 79.95, 15],
      [["Wit"], 79.95, 1],
    ],
  }),
  product({
    sku: "HLD-WND-005",
    handle: "badkamer-wandlamp-spiegel-ip44",
    category: "wandlampen",
    title: { nl: "Badkamer wandlamp Spiegel IP44", en: "Spiegel IP44 bathroom mirror light" },
    description: {
      nl: "Een langwerpige lamp van 40 cm voor boven de badkamerspiegel, spatwaterdicht volgens IP44. Het licht valt gelijkmatig op je gezicht, prettig bij het scheren of opmaken. Kies warm wit of neutraal wit licht.",
      en: "A 40 cm bar light for above the bathroom mirror, splash-proof to IP44. It lights your face evenly, which helps when shaving or doing make-up. Choose warm white or neutral white light.",
    },
    material: "Aluminium",
    weight: 600,
    productSpec: { fitting: "LED", ...flux(8, 900), dimmable: false, ip_rating: "IP44" },
    axes: [CCT],
    rows: [
      [["3000 K"], 64.95, 12, { kelvin: 3000 }],
      [["4000 K"], 64.95, 9, { kelvin: 4000 }],
    ],
  }),

  // Plafondlampen
  product({
    sku: "HLD-PLF-001",
    handle: "plafondlamp-disc-30-led",
    category: "plafondlampen",
    title: { nl: "Plafondlamp Disc Ø30 LED", en: "Disc Ø30 LED ceiling light" },
    description: {
      nl: "Een platte schijf van slechts 4 cm hoog die een kaal lichtpunt netjes afwerkt. Ideaal voor de gang, de overloop of een kinderkamer. De opaal afdekking verspreidt het licht gelijkmatig, zonder felle vlekken.",
      en: "A flat disc only 4 cm deep that neatly finishes off a bare ceiling point. Ideal for hallways, landings and children's rooms. The opal cover spreads the light evenly, with no bright spots.",
    },
    material: "Aluminium en polycarbonaat",
    weight: 800,
    productSpec: { fitting: "LED", ...flux(18, 2000), dimmable: false, ip_rating: "IP20" },
    axes: [CCT],
    rows: [
      [["2700 K"], 39.95, 30, { kelvin: 2700 }],
      [["3000 K"], 39.95, 26, { kelvin: 3000 }],
      [["4000 K"], 39.95, 41, { kelvin: 4000 }],
    ],
  }),
  product({
    sku: "HLD-PLF-002",
    handle: "plafondlamp-disc-40-led-dimbaar",
    category: "plafondlampen",
    title: { nl: "Plafondlamp Disc Ø40 LED dimbaar", en: "Disc Ø40 dimmable LED ceiling light" },
    description: {
      nl: "De grotere, dimbare uitvoering van onze Disc voor woonkamer of slaapkamer. Werkt met de meeste LED-dimmers en dimt zonder flikkeren tot ongeveer 5 procent. De dunne rand in zwart of wit valt nauwelijks op tegen het plafond.",
      en: "The larger, dimmable version of our Disc for living rooms and bedrooms. It works with most LED dimmers and dims flicker-free to about 5 percent. The slim black or white rim barely stands out against the ceiling.",
    },
    material: "Aluminium en polycarbonaat",
    weight: 1200,
    productSpec: { fitting: "LED", kelvin: 2700, ...flux(24, 2900), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Wit"], 59.95, 21],
      [["Zwart"], 62.95, 9],
    ],
  }),
  product({
    sku: "HLD-PLF-003",
    handle: "badkamer-plafondlamp-aqua-28-ip44",
    category: "plafondlampen",
    title: { nl: "Badkamer plafondlamp Aqua Ø28 IP44", en: "Aqua Ø28 IP44 bathroom ceiling light" },
    description: {
      nl: "Een spatwaterdichte plafondlamp met een kap van gesatineerd glas, geschikt voor zone 2 in de badkamer. De afdichting houdt vocht en insecten buiten. Met ingebouwde LED, dus nooit meer een lamp vervangen op de ladder.",
      en: "A splash-proof ceiling light with a satin glass cover, suitable for zone 2 in the bathroom. The seal keeps out moisture and insects. The built-in LED means no more changing bulbs up a ladder.",
    },
    material: "Glas",
    weight: 950,
    productSpec: { fitting: "LED", ...flux(12, 1350), dimmable: false, ip_rating: "IP44" },
    axes: [CCT],
    rows: [
      [["3000 K"], 44.95, 16, { kelvin: 3000 }],
      [["4000 K"], 44.95, 0, { kelvin: 4000 }],
    ],
  }),
  product({
    sku: "HLD-PLF-004",
    handle: "plafondlamp-ring-60",
    category: "plafondlampen",
    title: { nl: "Plafondlamp Ring Ø60", en: "Ring Ø60 ceiling light" },
    description: {
      nl: "Een slanke lichtring die op 8 cm onder het plafond lijkt te zweven. Geeft genoeg licht voor een grote woonkamer en blijft dankzij de dimfunctie 's avonds rustig. De LED-strip zit aan de onderkant, verborgen achter een opaal profiel.",
      en: "A slender ring of light that seems to float 8 cm below the ceiling. It gives enough light for a large living room and, being dimmable, stays calm in the evening. The LED strip sits on the underside, hidden behind an opal profile.",
    },
    material: "Aluminium",
    weight: 2400,
    productSpec: { fitting: "LED", kelvin: 2700, ...flux(36, 4200), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Zwart"], 169, 6],
      [["Messing"], 189, 2],
    ],
  }),
  product({
    sku: "HLD-PLF-005",
    handle: "plafondlamp-opaal-35-e27",
    category: "plafondlampen",
    title: { nl: "Plafondlamp Opaal Ø35 E27", en: "Opaal Ø35 E27 ceiling light" },
    description: {
      nl: "Een klassieke glazen schaal tegen het plafond, met een fitting voor een gewone E27-lamp. Zo kun je later zelf kiezen voor warmer licht of een slimme lamp. Geleverd met een dimbare LED-lamp van 1521 lumen.",
      en: "A classic glass bowl flush to the ceiling, with a holder for a standard E27 bulb. That leaves you free to switch to warmer light or a smart bulb later. Supplied with a dimmable 1521-lumen LED bulb.",
    },
    material: "Glas",
    weight: 1800,
    productSpec: { fitting: "E27", kelvin: 2700, ...flux(10.5, 1521), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Wit"], 74.95, 13],
      [["Messing"], 84.95, 5],
    ],
  }),

  // Tafellampen
  product({
    sku: "HLD-TAF-001",
    handle: "tafellamp-mira-linnen-kap",
    category: "tafellampen",
    title: { nl: "Tafellamp Mira met linnen kap", en: "Mira table lamp with linen shade" },
    description: {
      nl: "Een keramische voet met een kap van naturel linnen, 48 cm hoog. Het linnen filtert het licht tot een warme, huiselijke gloed. Met snoerschakelaar en een dimbare LED-filamentlamp.",
      en: "A ceramic base with a natural linen shade, 48 cm tall. The linen filters the light into a warm, homely glow. Comes with an in-line switch and a dimmable LED filament bulb.",
    },
    material: "Keramiek en linnen",
    weight: 2300,
    productSpec: { fitting: "E27", kelvin: 2700, ...flux(5.9, 806), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Zwart"], 89.95, 17],
      [["Wit"], 89.95, 12],
      [["Terracotta"], 94.95, 5],
    ],
  }),
  product({
    sku: "HLD-TAF-002",
    handle: "tafellamp-pilz-opaalglas",
    category: "tafellampen",
    title: { nl: "Tafellamp Pilz opaalglas", en: "Pilz opal glass table lamp" },
    description: {
      nl: "Een paddenstoelvormige lamp van mondgeblazen glas, een tijdloze klassieker uit de jaren zeventig. Door het opaalglas gloeit de hele lamp op. Klein genoeg voor een vensterbank of boekenkast.",
      en: "A mushroom-shaped lamp of mouth-blown glass, a timeless classic from the seventies. The opal glass makes the whole lamp glow. Small enough for a windowsill or bookshelf.",
    },
    material: "Glas",
    weight: 1600,
    productSpec: { fitting: "E14", kelvin: 2700, ...flux(4.2, 470), dimmable: false, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Wit"], 79.95, 14],
      [["Amber"], 84.95, 8],
    ],
  }),
  product({
    sku: "HLD-TAF-003",
    handle: "oplaadbare-tafellamp-porto-ip44",
    category: "tafellampen",
    title: { nl: "Oplaadbare tafellamp Porto IP44", en: "Porto rechargeable table lamp IP44" },
    description: {
      nl: "Een snoerloze lamp die tot 20 uur brandt op één acculading. Spatwaterdicht, dus net zo goed op zijn plek op het terras als op de eettafel. Opladen gaat via USB-C en met de knop bovenop dim je in drie stappen.",
      en: "A cordless lamp that runs for up to 20 hours on one charge. It's splash-proof, so it's as much at home on the terrace as on the dining table. It charges over USB-C and the button on top dims in three steps.",
    },
    material: "Aluminium",
    weight: 650,
    productSpec: { fitting: "LED", kelvin: 2700, ...flux(2, 200), dimmable: true, ip_rating: "IP44" },
    axes: [FINISH],
    rows: [
      [["Zwart"], 49.95, 33],
      [["Wit"], 49.95, 28],
      [["Brons"], 54.95, 11],
    ],
  }),
  product({
    sku: "HLD-TAF-004",
    handle: "bureaulamp-focus-led",
    category: "tafellampen",
    title: { nl: "Bureaulamp Focus LED", en: "Focus LED desk lamp" },
    description: {
      nl: "Een bureaulamp met twee scharnierpunten en een smalle kop die het hele werkblad verlicht. Het neutraalwitte licht van 4000 K houdt je scherp tijdens het werken. In de voet zit een traploze aanraakdimmer.",
      en: "A desk lamp with two hinges and a slim head that lights the whole work surface. Neutral white 4000 K light keeps you alert while you work. A stepless touch dimmer is built into the base.",
    },
    material: "Aluminium",
    weight: 1300,
    productSpec: { fitting: "LED", kelvin: 4000, ...flux(8, 800), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Zwart"], 69.95, 20],
      [["Wit"], 69.95, 15],
    ],
  }),
  product({
    sku: "HLD-TAF-005",
    handle: "tafellamp-notaris-groen-glas",
    category: "tafellampen",
    title: { nl: "Tafellamp Notaris groen glas", en: "Notaris green glass banker's lamp" },
    description: {
      nl: "De vertrouwde bankierslamp met een kap van groen overvangglas en een trekschakelaar. Past op een secretaire, bureau of leestafel. Inclusief een E27-filamentlamp met warm licht.",
      en: "The familiar banker's lamp with a green cased-glass shade and a pull-chain switch. At home on a writing desk, bureau or reading table. Includes a warm E27 filament bulb.",
    },
    material: "Messing en glas",
    weight: 2100,
    productSpec: { fitting: "E27", kelvin: 2700, ...flux(4, 470), dimmable: false, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Messing"], 109, 7],
      [["Chroom"], 109, 3],
    ],
  }),

  // Vloerlampen
  product({
    sku: "HLD-VLR-001",
    handle: "booglamp-boog-190",
    category: "vloerlampen",
    title: { nl: "Booglamp Boog 190 cm", en: "Boog 190 cm arc floor lamp" },
    description: {
      nl: "Een ruime boog die de lamp tot boven de salontafel brengt, zonder plafondaansluiting. De zware voet van marmer houdt alles stabiel. Met voetdimmer en een LED-lamp van 1521 lumen.",
      en: "A wide arc that reaches over the coffee table without needing a ceiling point. The heavy marble base keeps everything steady. Comes with a foot dimmer and a 1521-lumen LED bulb.",
    },
    material: "Staal en marmer",
    weight: 18500,
    productSpec: { fitting: "E27", kelvin: 2700, ...flux(10.5, 1521), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Zwart"], 249, 6],
      [["Chroom"], 249, 4],
      [["Messing"], 279, 1],
    ],
  }),
  product({
    sku: "HLD-VLR-002",
    handle: "uplighter-stella-r7s",
    category: "vloerlampen",
    title: { nl: "Uplighter Stella R7s", en: "Stella R7s uplighter" },
    description: {
      nl: "Een uplighter van 180 cm die het licht tegen het plafond kaatst en zo de hele kamer indirect verlicht. De schaal is geschikt voor een R7s-staaflamp van 118 mm; wij leveren er een LED-versie bij. Met draaidimmer in het snoer.",
      en: "A 180 cm uplighter that bounces light off the ceiling to light the whole room indirectly. The bowl takes a 118 mm R7s tube, and we supply an LED version. With a rotary dimmer in the cord.",
    },
    material: "Staal",
    weight: 5200,
    productSpec: { fitting: "R7s", kelvin: 3000, dimmable: true, ip_rating: "IP20" },
    axes: [FINISH, WATTAGE],
    rows: grid(
      ["Zwart", "Wit"],
      [
        [watt(9.5), flux(9.5, 1300), 139],
        [watt(14), flux(14, 2000), 149],
      ],
      [8, 6, 5, 3],
    ),
  }),
  product({
    sku: "HLD-VLR-003",
    handle: "vloerlamp-drievoet-50",
    category: "vloerlampen",
    title: { nl: "Vloerlamp Drievoet Ø50", en: "Drievoet Ø50 tripod floor lamp" },
    description: {
      nl: "Een driepoot van massief eiken met een grote stoffen kap van 50 cm doorsnede. Geeft een brede lichtcirkel naast de bank of leesstoel. De poten zijn afneembaar, handig bij een verhuizing.",
      en: "A solid oak tripod with a large fabric shade 50 cm across. It throws a wide circle of light beside the sofa or reading chair. The legs come off, which helps when you move house.",
    },
    material: "Eikenhout en katoen",
    weight: 4800,
    productSpec: { fitting: "E27", kelvin: 2700, ...flux(8.5, 1055), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Eikenhout"], 179, 9],
      [["Zwart"], 179, 5],
    ],
  }),
  product({
    sku: "HLD-VLR-004",
    handle: "leesvloerlamp-lees-led",
    category: "vloerlampen",
    title: { nl: "Leesvloerlamp Lees LED", en: "Lees LED reading floor lamp" },
    description: {
      nl: "Een slanke leeslamp met een flexibele hals die je precies boven je boek buigt. De geïntegreerde LED geeft helder, flikkervrij licht met een hoge kleurweergave. Dimbaar met een aanraakknop op de kop.",
      en: "A slim reading lamp with a flexible neck that bends right over your book. The built-in LED gives bright, flicker-free light with high colour rendering. Dimmable using a touch button on the head.",
    },
    material: "Staal",
    weight: 3900,
    productSpec: { fitting: "LED", kelvin: 3000, ...flux(6, 600), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Zwart"], 129, 12],
      [["Wit"], 129, 8],
      [["Messing"], 149, 4],
    ],
  }),
  product({
    sku: "HLD-VLR-005",
    handle: "vloerlamp-globe-160",
    category: "vloerlampen",
    title: { nl: "Vloerlamp Globe 160 cm", en: "Globe 160 cm floor lamp" },
    description: {
      nl: "Een rechte stang met bovenop een bol van opaalglas, als een straatlantaarn voor binnen. Verspreidt rondom zacht licht, prettig als sfeerverlichting in een hoek. Met voetschakelaar en een dimbare E27-lamp.",
      en: "A straight stem topped with an opal glass globe, like an indoor street lamp. It spreads soft light all around, pleasant as mood lighting in a corner. With a foot switch and a dimmable E27 bulb.",
    },
    material: "Messing en glas",
    weight: 6100,
    productSpec: { fitting: "E27", kelvin: 2700, ...flux(5.9, 806), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Messing"], 159, 8],
      [["Zwart"], 149, 10],
    ],
  }),

  // Buitenverlichting
  product({
    sku: "HLD-BUI-001",
    handle: "buitenwandlamp-kaap-ip44",
    category: "buitenverlichting",
    title: { nl: "Buitenwandlamp Kaap IP44", en: "Kaap IP44 outdoor wall light" },
    description: {
      nl: "Een sobere buitenwandlamp voor naast de voordeur of schuurdeur, met een kap van gepoedercoat aluminium. Spatwaterdicht volgens IP44 en bestand tegen het zilte kustklimaat. Geschikt voor een gewone E27-lamp, die wordt meegeleverd.",
      en: "A plain outdoor wall light for beside the front or shed door, with a powder-coated aluminium shade. Splash-proof to IP44 and made to cope with salty coastal air. Takes a standard E27 bulb, which is included.",
    },
    material: "Aluminium",
    weight: 900,
    productSpec: { fitting: "E27", kelvin: 2700, ...flux(5.9, 806), dimmable: false, ip_rating: "IP44" },
    axes: [FINISH],
    rows: [
      [["Antraciet"], 49.95, 26],
      [["Zwart"], 49.95, 31],
      [["Wit"], 49.95, 9],
    ],
  }),
  product({
    sku: "HLD-BUI-002",
    handle: "buitenwandlamp-haven-up-down-ip54",
    category: "buitenverlichting",
    title: { nl: "Buitenwandlamp Haven up/down IP54", en: "Haven up/down IP54 outdoor wall light" },
    description: {
      nl: "Twee lichtbundels, naar boven en naar beneden, die de gevel 's avonds mooi accentueren. De behuizing is stofdicht en bestand tegen opspattend water uit alle richtingen. Ingebouwde LED met een verwachte levensduur van 30.000 uur.",
      en: "Two beams, up and down, that pick out the facade in the evening. The housing is dust-protected and withstands splashing water from any direction. Built-in LED with an expected life of 30,000 hours.",
    },
    material: "Aluminium",
    weight: 750,
    productSpec: { fitting: "LED", kelvin: 3000, ...flux(10, 1000), dimmable: false, ip_rating: "IP54" },
    axes: [FINISH],
    rows: [
      [["Antraciet"], 69.95, 18],
      [["RVS"], 79.95, 6],
    ],
  }),
  product({
    sku: "HLD-BUI-003",
    handle: "sokkellamp-pad-60-ip54",
    category: "buitenverlichting",
    title: { nl: "Sokkellamp Pad 60 cm IP54", en: "Pad 60 cm IP54 bollard light" },
    description: {
      nl: "Een lage paaltjeslamp die een tuinpad of oprit veilig verlicht zonder de buren te verblinden. Het licht straalt rondom naar beneden uit. Wordt geleverd met een grondanker voor montage in de tuin.",
      en: "A low bollard that lights a garden path or driveway safely without dazzling the neighbours. The light shines all round and downwards. Supplied with a ground anchor for fitting in the garden.",
    },
    material: "Aluminium",
    weight: 2200,
    productSpec: { fitting: "LED", kelvin: 3000, ...flux(7, 700), dimmable: false, ip_rating: "IP54" },
    axes: [FINISH],
    rows: [
      [["Antraciet"], 89.95, 14],
      [["Zwart"], 89.95, 7],
    ],
  }),
  product({
    sku: "HLD-BUI-004",
    handle: "buitenlamp-wacht-bewegingssensor-ip44",
    category: "buitenverlichting",
    title: {
      nl: "Buitenlamp Wacht met bewegingssensor IP44",
      en: "Wacht IP44 outdoor light with motion sensor",
    },
    description: {
      nl: "Een buitenlamp die aangaat zodra iemand het pad op loopt en na een instelbare tijd weer uitgaat. De schemersensor zorgt dat hij overdag niet reageert. Zo heb je licht bij de deur zonder dat het de hele nacht brandt.",
      en: "An outdoor light that switches on as soon as someone comes up the path and off again after an adjustable delay. The dusk sensor stops it reacting in daylight. You get light at the door without it burning all night.",
    },
    material: "Aluminium",
    weight: 680,
    productSpec: { fitting: "LED", kelvin: 4000, ...flux(12, 1400), dimmable: false, ip_rating: "IP44" },
    axes: [FINISH],
    rows: [
      [["Zwart"], 59.95, 21],
      [["Wit"], 59.95, 12],
    ],
  }),
  product({
    sku: "HLD-BUI-005",
    handle: "grondspot-terra-gu10-ip67",
    category: "buitenverlichting",
    title: { nl: "Grondspot Terra GU10 IP67", en: "Terra GU10 IP67 in-ground spotlight" },
    description: {
      nl: "Een grondspot die bomen, hagen of een gevel van onderen aanlicht. De afdekring van roestvrij staal is beloopbaar en de spot is waterdicht tot IP67. Inclusief een GU10-LED-spot met een bundel van 36 graden.",
      en: "An in-ground spotlight that uplights trees, hedges or a facade. The stainless steel ring can be walked on and the spot is watertight to IP67. Includes a GU10 LED spot with a 36-degree beam.",
    },
    material: "RVS",
    weight: 1100,
    productSpec: {
      fitting: "GU10",
      ...flux(4.5, 400, "spot"),
      dimmable: false,
      ip_rating: "IP67",
      beam_angle: 36,
    },
    axes: [CCT],
    rows: [
      [["2700 K"], 34.95, 25, { kelvin: 2700 }],
      [["3000 K"], 34.95, 19, { kelvin: 3000 }],
    ],
  }),
  product({
    sku: "HLD-BUI-006",
    handle: "staande-buitenlantaarn-hof-120-ip44",
    category: "buitenverlichting",
    title: { nl: "Staande buitenlantaarn Hof 120 cm IP44", en: "Hof 120 cm IP44 outdoor post lantern" },
    description: {
      nl: "Een klassieke lantaarn op een paal van 120 cm voor langs de oprit of bij het tuinhek. Door het heldere glas is de filamentlamp mooi te zien. Gemaakt van gegoten aluminium dat niet roest.",
      en: "A classic lantern on a 120 cm post for along the drive or by the garden gate. The clear glass shows off the filament bulb. Made of cast aluminium that won't rust.",
    },
    material: "Aluminium en glas",
    weight: 4300,
    productSpec: { fitting: "E27", kelvin: 2700, ...flux(5.9, 806), dimmable: false, ip_rating: "IP44" },
    axes: [FINISH],
    rows: [
      [["Zwart"], 129, 8],
      [["Antraciet"], 129, 1],
    ],
  }),
  product({
    sku: "HLD-BUI-007",
    handle: "schijnwerper-led-ip65",
    category: "buitenverlichting",
    title: { nl: "Schijnwerper LED IP65", en: "LED floodlight IP65" },
    description: {
      nl: "Een robuuste schijnwerper voor oprit, carport of werkplaats, waterdicht volgens IP65. De brede bundel van 110 graden verlicht een groot oppervlak gelijkmatig. Aluminium koelribben houden de LED's koel, wat de levensduur ten goede komt.",
      en: "A rugged floodlight for driveways, carports and workshops, waterproof to IP65. The wide 110-degree beam lights a large area evenly. Aluminium cooling fins keep the LEDs cool, which helps them last.",
    },
    material: "Aluminium",
    weight: 1400,
    productSpec: { fitting: "LED", kelvin: 4000, dimmable: false, ip_rating: "IP65", beam_angle: 110 },
    axes: [WATTAGE],
    rows: [
      [[watt(20)], 29.95, 40, flux(20, 2200)],
      [[watt(30)], 39.95, 35, flux(30, 3300)],
      [[watt(50)], 54.95, 18, flux(50, 5500)],
    ],
  }),

  // LED-lampen
  product({
    sku: "HLD-LED-001",
    handle: "led-lamp-e27-filament-a60-helder",
    category: "led-lampen",
    title: { nl: "LED-lamp E27 filament A60 helder", en: "LED bulb E27 filament A60 clear" },
    description: {
      nl: "De vertrouwde peervorm met zichtbare gloeidraad, maar dan als zuinige LED. Kies de lichtsterkte die je nodig hebt, van zachte 250 tot heldere 1055 lumen. Gaat ruim 15.000 branduren mee.",
      en: "The familiar pear shape with a visible filament, as an efficient LED. Pick the brightness you need, from a soft 250 to a bright 1055 lumen. Lasts well over 15,000 hours.",
    },
    material: "Glas",
    weight: 30,
    productSpec: { fitting: "E27", kelvin: 2700, dimmable: false, ip_rating: "IP20" },
    axes: [WATTAGE],
    rows: [
      [[watt(2.2)], 3.95, 120, flux(2.2, 250)],
      [[watt(4.3)], 4.95, 150, flux(4.3, 470)],
      [[watt(5.9)], 5.95, 200, flux(5.9, 806)],
      [[watt(7.5)], 7.95, 90, flux(7.5, 1055)],
    ],
  }),
  product({
    sku: "HLD-LED-002",
    handle: "led-lamp-e27-filament-840-lm-klasse-a",
    category: "led-lampen",
    title: { nl: "LED-lamp E27 filament 840 lm klasse A", en: "LED bulb E27 filament 840 lm class A" },
    description: {
      nl: "Een van de zuinigste lampen die je nu kunt kopen: 840 lumen uit slechts 4 watt. Daarmee haalt hij energieklasse A op het nieuwe EU-label. De hogere aanschafprijs verdien je terug met een lagere energierekening.",
      en: "One of the most efficient bulbs you can buy today: 840 lumen from just 4 watts. That earns it energy class A on the new EU label. The higher price pays itself back through a lower energy bill.",
    },
    material: "Glas",
    weight: 30,
    productSpec: { fitting: "E27", ...flux(4, 840), dimmable: false, ip_rating: "IP20" },
    axes: [CCT],
    rows: [
      [["3000 K"], 12.95, 64, { kelvin: 3000 }],
      [["4000 K"], 12.95, 38, { kelvin: 4000 }],
    ],
  }),
  product({
    sku: "HLD-LED-003",
    handle: "led-kaarslamp-e14-filament-dimbaar",
    category: "led-lampen",
    title: { nl: "LED-kaarslamp E14 filament dimbaar", en: "LED candle bulb E14 filament dimmable" },
    description: {
      nl: "Een slanke kaarsvorm voor kroonluchters, wandlampjes en kleine tafellampen. Dimbaar tot ongeveer 10 procent zonder zoemen of flikkeren. Het warme licht lijkt sterk op dat van een ouderwetse gloeilamp.",
      en: "A slim candle shape for chandeliers, small wall lights and table lamps. It dims to about 10 percent without humming or flickering. The warm light closely resembles an old incandescent bulb.",
    },
    material: "Glas",
    weight: 20,
    productSpec: { fitting: "E14", kelvin: 2700, dimmable: true, ip_rating: "IP20" },
    axes: [WATTAGE],
    rows: [
      [[watt(2.5)], 4.95, 110, flux(2.5, 250)],
      [[watt(4.2)], 5.95, 140, flux(4.2, 470)],
    ],
  }),
  product({
    sku: "HLD-LED-004",
    handle: "led-spot-gu10-400-lm-36",
    category: "led-lampen",
    title: { nl: "LED-spot GU10 400 lm 36°", en: "LED spot GU10 400 lm 36°" },
    description: {
      nl: "Een vervangende spot voor bestaande GU10-armaturen, met 400 lumen bij een verbruik van maar 4,5 watt. De bundel van 36 graden is geschikt voor zowel algemene verlichting als accentverlichting. Verkrijgbaar in drie kleurtemperaturen.",
      en: "A replacement spot for existing GU10 fittings, giving 400 lumen from just 4.5 watts. The 36-degree beam suits both general and accent lighting. Available in three colour temperatures.",
    },
    material: "Kunststof en glas",
    weight: 40,
    productSpec: {
      fitting: "GU10",
      ...flux(4.5, 400, "spot"),
      dimmable: false,
      ip_rating: "IP20",
      beam_angle: 36,
    },
    axes: [CCT],
    rows: [
      [["2700 K"], 4.95, 180, { kelvin: 2700 }],
      [["3000 K"], 4.95, 160, { kelvin: 3000 }],
      [["4000 K"], 4.95, 95, { kelvin: 4000 }],
    ],
  }),
  product({
    sku: "HLD-LED-005",
    handle: "led-spot-gu5-3-12v-36",
    category: "led-lampen",
    title: { nl: "LED-spot GU5.3 12 V 36°", en: "LED spot GU5.3 12 V 36°" },
    description: {
      nl: "Voor laagvoltspots op 12 volt, zoals je die vaak in badkamers en keukenkastjes vindt. Controleer wel of je transformator geschikt is voor LED, anders kan de spot knipperen. Vervangt een halogeenspot van 35 watt.",
      en: "For 12-volt low-voltage spots, as often found in bathrooms and kitchen cabinets. Do check that your transformer is LED-compatible, otherwise the spot may flicker. Replaces a 35-watt halogen spot.",
    },
    material: "Aluminium en glas",
    weight: 35,
    productSpec: {
      fitting: "GU5.3",
      ...flux(4.4, 400, "spot12v"),
      dimmable: false,
      ip_rating: "IP20",
      beam_angle: 36,
    },
    axes: [CCT],
    rows: [
      [["2700 K"], 5.95, 85, { kelvin: 2700 }],
      [["4000 K"], 5.95, 48, { kelvin: 4000 }],
    ],
  }),
  product({
    sku: "HLD-LED-006",
    handle: "led-capsule-g9-280-lm",
    category: "led-lampen",
    title: { nl: "LED-capsule G9 280 lm", en: "LED capsule G9 280 lm" },
    description: {
      nl: "Een kleine steeklamp voor wandlampjes, afzuigkappen en designarmaturen met een G9-fitting. Geeft evenveel licht als een halogeencapsule van 25 watt. Door de compacte bouw past hij in vrijwel elke kap.",
      en: "A small pin-base bulb for wall lights, cooker hoods and designer fittings with a G9 holder. It gives as much light as a 25-watt halogen capsule. Its compact size fits almost any shade.",
    },
    material: "Kunststof",
    weight: 10,
    productSpec: { fitting: "G9", ...flux(2.6, 280), dimmable: false, ip_rating: "IP20" },
    axes: [CCT],
    rows: [
      [["2700 K"], 4.95, 130, { kelvin: 2700 }],
      [["4000 K"], 4.95, 70, { kelvin: 4000 }],
    ],
  }),
  product({
    sku: "HLD-LED-007",
    handle: "led-staaflamp-r7s-118-mm-dimbaar",
    category: "led-lampen",
    title: { nl: "LED-staaflamp R7s 118 mm dimbaar", en: "LED linear bulb R7s 118 mm dimmable" },
    description: {
      nl: "Een LED-vervanger voor de lange halogeenstaaf in uplighters en bouwlampen. Dimbaar met een gewone fase-afsnijdimmer. Let op de lengte: deze lamp past alleen in fittingen voor 118 mm.",
      en: "An LED replacement for the long halogen tube in uplighters and work lights. Dimmable with a standard trailing-edge dimmer. Mind the length: this bulb only fits 118 mm holders.",
    },
    material: "Glas en aluminium",
    weight: 45,
    productSpec: { fitting: "R7s", kelvin: 3000, dimmable: true, ip_rating: "IP20" },
    axes: [WATTAGE],
    rows: [
      [[watt(9.5)], 19.95, 34, flux(9.5, 1300)],
      [[watt(14)], 24.95, 27, flux(14, 2000)],
    ],
  }),
  product({
    sku: "HLD-LED-008",
    handle: "led-lamp-e27-globe-g95-amber",
    category: "led-lampen",
    title: { nl: "LED-lamp E27 globe G95 amber", en: "LED bulb E27 globe G95 amber" },
    description: {
      nl: "Een grote bolvormige lamp met amberkleurig glas en een sierlijke spiraalvormige gloeidraad. Bedoeld om gezien te worden, bijvoorbeeld aan een los snoer of in een open armatuur. Het licht van 2200 K is zacht en goudkleurig.",
      en: "A large globe bulb with amber glass and an elegant spiral filament. It is made to be seen, for example on a bare cord or in an open fitting. The 2200 K light is soft and golden.",
    },
    material: "Glas",
    weight: 60,
    productSpec: { fitting: "E27", kelvin: 2200, dimmable: true, ip_rating: "IP20" },
    axes: [WATTAGE],
    rows: [
      [[watt(4)], 9.95, 45, flux(4, 380)],
      [[watt(6)], 12.95, 30, flux(6, 600)],
    ],
  }),
  product({
    sku: "HLD-LED-009",
    handle: "led-lamp-e27-mat-1521-lm",
    category: "led-lampen",
    title: { nl: "LED-lamp E27 mat 1521 lm", en: "LED bulb E27 frosted 1521 lm" },
    description: {
      nl: "Een krachtige matte lamp voor plekken waar je veel licht nodig hebt, zoals de keuken of werkkamer. Vervangt een gloeilamp van 100 watt. Het matte glas voorkomt verblinding in open armaturen.",
      en: "A powerful frosted bulb for places that need plenty of light, such as the kitchen or study. It replaces a 100-watt incandescent bulb. The frosted glass avoids glare in open fittings.",
    },
    material: "Glas",
    weight: 55,
    productSpec: { fitting: "E27", ...flux(10.5, 1521), dimmable: false, ip_rating: "IP20" },
    axes: [CCT],
    rows: [
      [["2700 K"], 7.95, 75, { kelvin: 2700 }],
      [["4000 K"], 7.95, 1, { kelvin: 4000 }],
    ],
  }),

  // Spots
  product({
    sku: "HLD-SPT-001",
    handle: "opbouwspot-linea-3-lichts",
    category: "spots",
    title: { nl: "Opbouwspot Linea 3-lichts", en: "Linea 3-light surface spotlight" },
    description: {
      nl: "Drie draai- en kantelbare spots op een balk van 60 cm, handig in de keuken of boven een kast. Elke spot is apart te richten. Geleverd met drie GU10-LED-spots.",
      en: "Three swivelling, tilting spots on a 60 cm bar, handy in the kitchen or above a cupboard. Each spot can be aimed separately. Supplied with three GU10 LED spots.",
    },
    material: "Staal",
    weight: 1350,
    productSpec: {
      fitting: "GU10",
      kelvin: 2700,
      ...flux(4.5, 400, "spot"),
      dimmable: false,
      ip_rating: "IP20",
      beam_angle: 36,
    },
    axes: [FINISH],
    rows: [
      [["Zwart"], 59.95, 23],
      [["Wit"], 59.95, 17],
      [["Chroom"], 64.95, 6],
    ],
  }),
  product({
    sku: "HLD-SPT-002",
    handle: "inbouwspot-vlak-kantelbaar-gu10",
    category: "spots",
    title: { nl: "Inbouwspot Vlak kantelbaar GU10", en: "Vlak tiltable GU10 recessed spotlight" },
    description: {
      nl: "Een inbouwspot met een smalle rand die nauwelijks opvalt in een verlaagd plafond. De ring kantelt 30 graden, zodat je een schilderij of werkblad gericht kunt aanlichten. Zaagmaat 75 mm, inbouwdiepte 65 mm.",
      en: "A recessed spot with a slim rim that barely shows in a suspended ceiling. The ring tilts 30 degrees so you can aim it at a painting or worktop. Cut-out 75 mm, recess depth 65 mm.",
    },
    material: "Aluminium",
    weight: 120,
    productSpec: {
      fitting: "GU10",
      ...flux(4.5, 400, "spot"),
      dimmable: false,
      ip_rating: "IP20",
      beam_angle: 36,
    },
    axes: [FINISH, CCT],
    rows: grid(["Wit", "Zwart", "RVS"], [cct(2700, 14.95), cct(4000, 14.95)], [140, 60, 55, 20, 38, 12]),
  }),
  product({
    sku: "HLD-SPT-003",
    handle: "railspot-track-led-1-fase",
    category: "spots",
    title: { nl: "Railspot Track LED 1-fase", en: "Track LED single-circuit track spotlight" },
    description: {
      nl: "Een spot voor eenfaserail met een smalle bundel van 24 graden, bedoeld om kunst, planten of een wandkast uit te lichten. Door de hoge kleurweergave komen kleuren natuurgetrouw over. Klikt zonder gereedschap op de rail.",
      en: "A spotlight for single-circuit track with a narrow 24-degree beam, made to pick out art, plants or a wall unit. High colour rendering shows colours true to life. Clicks onto the track without tools.",
    },
    material: "Aluminium",
    weight: 480,
    productSpec: {
      fitting: "LED",
      ...flux(10, 1000, "spot"),
      dimmable: true,
      ip_rating: "IP20",
      beam_angle: 24,
    },
    axes: [FINISH, CCT],
    rows: grid(["Zwart", "Wit"], [cct(2700, 49.95), cct(3000, 49.95)], [16, 11, 9, 4]),
  }),
  product({
    sku: "HLD-SPT-004",
    handle: "inbouwspot-mini-gu5-3-ip44",
    category: "spots",
    title: { nl: "Inbouwspot Mini GU5.3 IP44", en: "Mini GU5.3 IP44 recessed spotlight" },
    description: {
      nl: "Een compacte, spatwaterdichte inbouwspot voor de badkamer of een overkapping. Werkt op 12 volt; een geschikte LED-driver is los verkrijgbaar. Inclusief een GU5.3-LED-spot van 400 lumen.",
      en: "A compact, splash-proof recessed spot for bathrooms or canopies. It runs on 12 volts; a suitable LED driver is sold separately. Includes a 400-lumen GU5.3 LED spot.",
    },
    material: "Aluminium",
    weight: 90,
    productSpec: {
      fitting: "GU5.3",
      kelvin: 3000,
      ...flux(4.4, 400, "spot12v"),
      dimmable: false,
      ip_rating: "IP44",
      beam_angle: 36,
    },
    axes: [FINISH],
    rows: [
      [["Chroom"], 19.95, 44],
      [["Wit"], 19.95, 52],
    ],
  }),
  product({
    sku: "HLD-SPT-005",
    handle: "opbouwspot-cilinder-gu10-dimbaar",
    category: "spots",
    title: { nl: "Opbouwspot Cilinder GU10 dimbaar", en: "Cilinder dimmable GU10 surface spotlight" },
    description: {
      nl: "Een cilindervormige opbouwspot voor plekken waar inbouwen niet kan, bijvoorbeeld onder een betonplafond. De diepe behuizing houdt de lichtbron uit het zicht. Inclusief een dimbare GU10-LED-spot.",
      en: "A cylindrical surface-mounted spot for places where recessing isn't possible, such as under a concrete ceiling. The deep housing keeps the light source out of sight. Includes a dimmable GU10 LED spot.",
    },
    material: "Aluminium",
    weight: 380,
    productSpec: {
      fitting: "GU10",
      kelvin: 2700,
      ...flux(5.5, 460, "spot"),
      dimmable: true,
      ip_rating: "IP20",
      beam_angle: 40,
    },
    axes: [FINISH],
    rows: [
      [["Zwart"], 34.95, 29],
      [["Wit"], 34.95, 22],
      [["Messing"], 39.95, 3],
    ],
  }),
  product({
    sku: "HLD-SPT-006",
    handle: "inbouwspot-basic-gu10-vast",
    category: "spots",
    title: { nl: "Inbouwspot Basic GU10 vast", en: "Basic fixed GU10 recessed spotlight" },
    description: {
      nl: "Een eenvoudige, vaste inbouwspot voor wie een heel plafond wil voorzien zonder veel uit te geven. De brede bundel van 60 graden zorgt voor gelijkmatige verlichting. Geleverd met GU10-LED-spot en veerclips.",
      en: "A simple fixed recessed spot for fitting out a whole ceiling without spending a lot. The wide 60-degree beam gives even lighting. Supplied with a GU10 LED spot and spring clips.",
    },
    material: "Staal",
    weight: 80,
    productSpec: {
      fitting: "GU10",
      kelvin: 3000,
      ...flux(4.5, 400, "spot"),
      dimmable: false,
      ip_rating: "IP20",
      beam_angle: 60,
    },
    axes: [FINISH],
    rows: [
      [["Wit"], 9.95, 200],
      [["Zwart"], 10.95, 65],
    ],
  }),

  // Slimme verlichting
  product({
    sku: "HLD-SLM-001",
    handle: "slimme-led-lamp-e27-rgbw",
    category: "slimme-verlichting",
    title: { nl: "Slimme LED-lamp E27 RGBW", en: "Smart LED bulb E27 RGBW" },
    description: {
      nl: "Miljoenen kleuren en alle tinten wit van 2200 tot 6500 K, te bedienen via Zigbee of Matter. De lamp werkt lokaal met je eigen hub en heeft geen cloudaccount nodig. Zonder hub werkt hij gewoon als witte lamp op je wandschakelaar.",
      en: "Millions of colours and every shade of white from 2200 to 6500 K, controlled over Zigbee or Matter. The bulb works locally with your own hub and needs no cloud account. Without a hub it simply works as a white bulb on your wall switch.",
    },
    material: "Kunststof",
    weight: 70,
    productSpec: { fitting: "E27", kelvin: 2700, dimmable: true, ip_rating: "IP20" },
    axes: [WATTAGE],
    rows: [
      [[watt(5)], 14.95, 60, flux(5, 470)],
      [[watt(9)], 19.95, 85, flux(9, 806)],
      [[watt(13.5)], 24.95, 30, flux(13.5, 1521)],
    ],
  }),
  product({
    sku: "HLD-SLM-002",
    handle: "slimme-led-spot-gu10-rgbw",
    category: "slimme-verlichting",
    title: { nl: "Slimme LED-spot GU10 RGBW", en: "Smart LED spot GU10 RGBW" },
    description: {
      nl: "Maak van bestaande GU10-spots een slim systeem zonder te verbouwen. Stel per ruimte een sfeer in, van fel werklicht tot gedempt rood. Werkt met Zigbee en Matter, volledig lokaal.",
      en: "Turn existing GU10 spots into a smart system without any building work. Set a mood for each room, from bright task light to a dim red. Works with Zigbee and Matter, fully locally.",
    },
    material: "Kunststof",
    weight: 45,
    productSpec: {
      fitting: "GU10",
      kelvin: 2700,
      ...flux(4.3, 350, "spot"),
      dimmable: true,
      ip_rating: "IP20",
      beam_angle: 40,
    },
    axes: [PACK],
    rows: [
      [["1 stuk"], 17.95, 70],
      [["3 stuks"], 44.95, 25],
    ],
  }),
  product({
    sku: "HLD-SLM-003",
    handle: "slimme-led-kaarslamp-e14-tunable-white",
    category: "slimme-verlichting",
    title: { nl: "Slimme LED-kaarslamp E14 tunable white", en: "Smart LED candle bulb E14 tunable white" },
    description: {
      nl: "Een slimme kaarslamp waarvan je de kleurtemperatuur kunt aanpassen, van warm 2200 K tot daglicht 6500 K. Laat hem 's ochtends fris en 's avonds warm branden met een automatisch schema. Geen app van de fabrikant nodig: hij koppelt met elke Matter-controller.",
      en: "A smart candle bulb with adjustable colour temperature, from warm 2200 K to daylight 6500 K. Set it to run cool in the morning and warm in the evening on an automatic schedule. No manufacturer app needed: it pairs with any Matter controller.",
    },
    material: "Kunststof",
    weight: 25,
    productSpec: { fitting: "E14", kelvin: 2700, ...flux(4.9, 470), dimmable: true, ip_rating: "IP20" },
    axes: [PACK],
    rows: [
      [["1 stuk"], 12.95, 48],
      [["2 stuks"], 23.95, 20],
    ],
  }),
  product({
    sku: "HLD-SLM-004",
    handle: "slimme-ledstrip-rgbw",
    category: "slimme-verlichting",
    title: { nl: "Slimme LED-strip RGBW", en: "Smart LED strip RGBW" },
    description: {
      nl: "Een zelfklevende lichtstrip voor achter de tv, onder keukenkastjes of langs een plint. Om de 10 cm in te korten. Bediening via Zigbee of Matter met een kleine controller in het snoer.",
      en: "A self-adhesive light strip for behind the TV, under kitchen cabinets or along a skirting board. It can be cut to length every 10 cm. Controlled over Zigbee or Matter via a small in-line controller.",
    },
    material: "Kunststof",
    weight: 180,
    productSpec: { fitting: "LED", kelvin: 2700, dimmable: true, ip_rating: "IP20" },
    axes: [LENGTH],
    rows: [
      [["2 m"], 39.95, 26, flux(10, 1000)],
      [["5 m"], 69.95, 14, flux(24, 2400)],
    ],
  }),
  product({
    sku: "HLD-SLM-005",
    handle: "slimme-plafondlamp-halo-40",
    category: "slimme-verlichting",
    title: { nl: "Slimme plafondlamp Halo Ø40", en: "Halo Ø40 smart ceiling light" },
    description: {
      nl: "Een plafondlamp met instelbare witte lichtkleur en een extra sfeerring langs de rand. Werkt via Matter met je eigen domoticasysteem, zonder verplichte cloud. De gewone wandschakelaar blijft gewoon werken.",
      en: "A ceiling light with adjustable white light and an extra mood ring around the edge. It works through Matter with your own home automation, with no mandatory cloud. Your ordinary wall switch keeps working.",
    },
    material: "Aluminium",
    weight: 1900,
    productSpec: { fitting: "LED", kelvin: 3000, ...flux(24, 2600), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Wit"], 119, 18],
      [["Zwart"], 119, 7],
    ],
  }),
  product({
    sku: "HLD-SLM-006",
    handle: "slimme-tafellamp-gloed",
    category: "slimme-verlichting",
    title: { nl: "Slimme tafellamp Gloed", en: "Gloed smart table lamp" },
    description: {
      nl: "Een bolvormige tafellamp die van wit naar elke kleur kan overgaan, ideaal als wekker met een nagebootste zonsopkomst. Via Zigbee te koppelen aan schakelaars en sensoren in huis. De aanraakknop op de voet werkt ook zonder netwerk.",
      en: "A globe-shaped table lamp that can shift from white to any colour, ideal as a wake-up light with a simulated sunrise. It pairs over Zigbee with switches and sensors around the house. The touch button on the base works without a network too.",
    },
    material: "Kunststof",
    weight: 800,
    productSpec: { fitting: "LED", kelvin: 2700, ...flux(7, 620), dimmable: true, ip_rating: "IP20" },
    axes: [FINISH],
    rows: [
      [["Wit"], 79.95, 16],
      [["Zwart"], 79.95, 10],
    ],
  }),
]
