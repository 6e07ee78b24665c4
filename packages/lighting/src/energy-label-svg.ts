import { ENERGY_CLASSES, type EnergyClass } from "./attributes"
import { ENERGY_CLASS_COLOURS, type EnergyLabel } from "./energy-label"

/** The QR code's dark modules, as an encoder returns them: a square of `size` modules. */
export type QrModules = { size: number; isDark: (row: number, column: number) => boolean }

/** The typeface the regulation asks for (Calibri), with metric-compatible and generic fallbacks. */
const FONT = "Calibri,Carlito,Arial,sans-serif"

/** Escapes text for an SVG text node or attribute. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** One path of horizontal runs of dark modules, in module units. */
function qrPath(qr: QrModules): string {
  let path = ""
  for (let row = 0; row < qr.size; row++) {
    let column = 0
    while (column < qr.size) {
      if (!qr.isDark(row, column)) {
        column++
        continue
      }
      const start = column
      while (column < qr.size && qr.isDark(row, column)) column++
      path += `M${start} ${row}h${column - start}v1h${start - column}z`
    }
  }
  return path
}

/** The twelve stars of the EU flag, as dots on their circle (the flag is 78 × 52 here). */
function flag(x: number, y: number): string {
  const stars = Array.from({ length: 12 }, (_, index) => {
    const angle = (index * Math.PI) / 6
    return `<circle cx="${(x + 39 + 17 * Math.sin(angle)).toFixed(1)}" cy="${(y + 26 - 17 * Math.cos(angle)).toFixed(1)}" r="2.6"/>`
  }).join("")
  return `<rect x="${x}" y="${y}" width="78" height="52" fill="#039"/><g fill="#fc0">${stars}</g>`
}

const ROW = 50
const SCALE_TOP = 200

/** The A–G scale: arrows lengthening from A to G in their colours, each with its white letter. */
function scale(): string {
  return ENERGY_CLASSES.map((energyClass, index) => {
    const top = SCALE_TOP + index * ROW
    const width = 96 + index * 20
    const arrow = `M14 ${top}h${width}l20 21-20 21h-${width}z`
    return `<path d="${arrow}" fill="${ENERGY_CLASS_COLOURS[energyClass]}"/><text x="26" y="${top + 33}" fill="#fff" stroke="#000" stroke-width=".8" font-size="30" font-weight="700">${energyClass}</text>`
  }).join("")
}

/** The black arrow that points at the product's class, with its letter in white. */
function indicator(energyClass: EnergyClass): string {
  const top = SCALE_TOP + ENERGY_CLASSES.indexOf(energyClass) * ROW - 8
  return `<path d="M346 ${top}v58h-64l-28-29 28-29z" fill="#000"/><text x="306" y="${top + 43}" fill="#fff" font-size="44" font-weight="700" text-anchor="middle">${energyClass}</text>`
}

/**
 * The energy label of a light source (Regulation (EU) 2019/2015, Annex III), drawn as SVG in the
 * proportions of the standard 36 × 72 mm label (10 units per mm): I the EU flag and "ENERGY", II the
 * supplier, III the model identifier, VII the QR code to the model's EPREL page, IV the A–G scale,
 * V the class, VI the energy use in kWh/1000 h, VIII the regulation's number.
 */
export function energyLabelSvg(label: EnergyLabel, qr: QrModules): string {
  const qrScale = (96 / qr.size).toFixed(4)
  const title = `Energy label: class ${label.energyClass}, ${label.kwh} kWh/1000h, ${label.supplier} ${label.model}, EPREL ${label.registration}`
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 720" width="360" height="720" font-family="${FONT}" role="img">`,
    `<title>${escape(title)}</title>`,
    `<rect x="2" y="2" width="356" height="716" rx="10" fill="#fff" stroke="#000" stroke-width="4"/>`,
    flag(14, 14),
    `<text x="104" y="60" font-size="44" font-weight="700">ENERG</text><text x="238" y="38" font-size="15" font-weight="700">Y IJA</text><text x="238" y="58" font-size="15" font-weight="700">IE IA</text>`,
    `<path d="M14 80H346M14 190H346M14 560H346" stroke="#000" stroke-width="2"/>`,
    `<text x="14" y="120" font-size="20" font-weight="700">${escape(label.supplier)}</text>`,
    `<text x="14" y="160" font-size="20">${escape(label.model)}</text>`,
    `<g transform="translate(250 90) scale(${qrScale})"><rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path d="${qrPath(qr)}"/></g>`,
    scale(),
    indicator(label.energyClass),
    `<text x="180" y="640" font-size="64" font-weight="700" text-anchor="middle">${label.kwh}<tspan font-size="26" font-weight="400"> kWh/1000h</tspan></text>`,
    `<text x="346" y="700" font-size="16" text-anchor="end">2019/2015</text>`,
    `</svg>`,
  ].join("")
}
