import type { SeedProduct } from "./catalog"

type Palette = { fill: string; line: string }

/** Finish names as used in option values; white needs a grey outline to stay visible on the light background. */
const FINISHES: Record<string, Palette> = {
  Zwart: { fill: "#1d1d1f", line: "#1d1d1f" },
  Wit: { fill: "#f4f4f2", line: "#9a9893" },
  Messing: { fill: "#b08d57", line: "#8a6b3c" },
  Chroom: { fill: "#c0c4c8", line: "#868b90" },
  RVS: { fill: "#b4b8bb", line: "#7e8386" },
  Antraciet: { fill: "#3b3d40", line: "#2a2b2d" },
  Brons: { fill: "#8c6a4a", line: "#6b4f35" },
  Groen: { fill: "#4f6b57", line: "#3a5041" },
  Terracotta: { fill: "#c0674a", line: "#964c34" },
  Naturel: { fill: "#c8a97e", line: "#9c7f57" },
  Eikenhout: { fill: "#b98b5e", line: "#8d6541" },
  Amber: { fill: "#c98a3a", line: "#9a6622" },
}

const DEFAULT_PALETTE: Palette = { fill: "#8f877f", line: "#6f6861" }

/** Bulbs are drawn as glass, whatever the finish, because a coloured bulb reads as a different product. */
const GLASS = "#fffaf0"

const BULB =
  `<path d='M345 520Q345 470 310 430A150 150 0 1 1 490 430Q455 470 455 520Z' fill='${GLASS}'/>` +
  `<rect x='345' y='520' width='110' height='90' rx='12'/><path d='M345 552H455M345 582H455' fill='none'/>`

/** Per category: the glow centre and radius, and the drawing itself. */
const DRAWINGS: Record<string, { glow: readonly [number, number, number]; shapes: string }> = {
  hanglampen: {
    glow: [400, 500, 280],
    shapes:
      "<path d='M400 0V250' fill='none'/><rect x='370' y='250' width='60' height='40' rx='6'/>" +
      "<path d='M230 470Q230 290 400 290Q570 290 570 470Z'/>" +
      `<circle cx='400' cy='480' r='30' fill='${GLASS}'/>`,
  },
  wandlampen: {
    glow: [380, 280, 250],
    shapes:
      "<rect x='150' y='300' width='50' height='200' rx='12'/><path d='M200 400H370V340' fill='none'/>" +
      "<path d='M270 340L300 200H440L470 340Z'/>",
  },
  plafondlampen: {
    glow: [400, 330, 320],
    shapes:
      "<path d='M80 150H720' fill='none'/><rect x='180' y='150' width='440' height='70' rx='35'/>" +
      `<path d='M220 220H580' stroke='${GLASS}' stroke-width='14' fill='none'/>`,
  },
  tafellampen: {
    glow: [400, 330, 260],
    shapes:
      "<path d='M400 400V620' fill='none'/><ellipse cx='400' cy='640' rx='110' ry='24'/>" +
      "<path d='M280 220H520L580 400H220Z'/>",
  },
  vloerlampen: {
    glow: [400, 150, 270],
    shapes:
      "<path d='M400 250V700' fill='none'/><ellipse cx='400' cy='712' rx='120' ry='22'/>" +
      "<path d='M270 180H530Q510 260 400 260Q290 260 270 180Z'/>",
  },
  buitenverlichting: {
    glow: [400, 380, 250],
    shapes:
      "<path d='M480 330H580V560' fill='none'/><rect x='560' y='540' width='40' height='120' rx='8'/>" +
      `<rect x='320' y='260' width='160' height='230' rx='8' fill='${GLASS}'/>` +
      "<path d='M290 262L400 180L510 262Z'/><rect x='305' y='490' width='190' height='30' rx='6'/>" +
      "<path d='M400 260V490' fill='none'/>",
  },
  "led-lampen": { glow: [400, 320, 270], shapes: BULB },
  spots: {
    glow: [480, 560, 260],
    shapes:
      "<rect x='120' y='110' width='560' height='40' rx='10'/><path d='M400 150V230' fill='none'/>" +
      "<rect x='330' y='220' width='140' height='220' rx='24' transform='rotate(-25 400 230)'/>",
  },
  "slimme-verlichting": {
    glow: [400, 430, 270],
    shapes:
      "<path d='M270 150Q400 40 530 150M315 195Q400 125 485 195M360 240Q400 210 440 240' fill='none' stroke-width='16'/>" +
      `<g transform='translate(0 130)'>${BULB}</g>`,
  },
}

const FALLBACK_DRAWING = { glow: [400, 400, 260] as const, shapes: "<circle cx='400' cy='400' r='120'/>" }

function svgDataUri(category: string, palette: Palette): string {
  const { glow, shapes } = DRAWINGS[category] ?? FALLBACK_DRAWING
  const [cx, cy, r] = glow
  const svg =
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 800 800' width='800' height='800'>" +
    "<defs><radialGradient id='g'><stop offset='0' stop-color='#ffd27a' stop-opacity='.85'/>" +
    "<stop offset='1' stop-color='#ffd27a' stop-opacity='0'/></radialGradient></defs>" +
    "<rect width='800' height='800' fill='#f6f1ea'/>" +
    `<circle cx='${cx}' cy='${cy}' r='${r}' fill='url(#g)'/>` +
    `<g fill='${palette.fill}' stroke='${palette.line}' stroke-width='10' stroke-linejoin='round' stroke-linecap='round'>` +
    `${shapes}</g></svg>`
  // Base64 rather than percent-encoding: it is a fixed 4/3 overhead, which keeps every image under 2 KB.
  return `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`
}

/** A placeholder SVG (data URI) for a product, tinted by the finish of the given variant (default: the first). */
export function productImage(product: SeedProduct, variantIndex = 0): string {
  const variant = product.variants[variantIndex] ?? product.variants[0]
  const finish = product.options
    .map((option) => variant?.options[option.title.nl])
    .find((value): value is string => value !== undefined && Object.hasOwn(FINISHES, value))
  const palette = (finish === undefined ? undefined : FINISHES[finish]) ?? DEFAULT_PALETTE
  return svgDataUri(product.category, palette)
}

/** A placeholder SVG (data URI) for a category, in the neutral default colour. */
export function categoryImage(handle: string): string {
  return svgDataUri(handle, DEFAULT_PALETTE)
}
