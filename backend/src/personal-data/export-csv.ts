/** A value a spreadsheet would run as a formula: it gets a leading apostrophe (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/

function csvValue(value: unknown): string {
  if (value === null || value === undefined) return ""
  let text = String(value)
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV line (RFC 4180, CRLF). */
export function csvLine(values: unknown[]): string {
  return `${values.map(csvValue).join(",")}\r\n`
}
