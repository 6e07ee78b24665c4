import { parseCsv, CsvSyntaxError, type CsvRecord } from "./import-csv"
import { IMPORT_COLUMNS, REQUIRED_COLUMNS } from "./import-columns"
import { toProduct, type ImportProduct } from "./import-product"
import { readable, rowSchema, type ImportRow } from "./import-row-schema"

/** One refused line of an import file (the header is line 1), with the reason. */
export type LineError = { line: number; message: string }

/** The parsed file: the products to write, or every line that keeps it from being written. */
export type ImportFile = { ok: true; products: ImportProduct[] } | { ok: false; errors: LineError[] }

/**
 * Reads an import file into products, or into the list of its bad lines: every row is read before
 * anything is judged, so staff get all problems at once. A product is judged as it will be stored,
 * by the checks the admin's own edits pass (lighting spec always; green claims, product safety and
 * the energy label when published).
 */
export function readImportFile(csv: string): ImportFile {
  let records: CsvRecord[]
  try {
    records = parseCsv(csv)
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return { ok: false, errors: [{ line: error.line, message: error.message.replace(/^line \d+: /, "") }] }
    throw error
  }
  const [header, ...body] = records
  if (!header) return { ok: false, errors: [{ line: 1, message: "the file is empty" }] }
  const columns = header.cells.map((cell) => cell.trim().toLowerCase())
  const headerErrors = [
    ...columns
      .filter((column) => !(IMPORT_COLUMNS as readonly string[]).includes(column))
      .map((column) => `unknown column "${column}"`),
    ...REQUIRED_COLUMNS.filter((column) => !columns.includes(column)).map((column) => `column "${column}" is missing`),
    ...columns
      .filter((column, index) => columns.indexOf(column) !== index)
      .map((column) => `column "${column}" appears twice`),
  ]
  if (headerErrors.length) return { ok: false, errors: headerErrors.map((message) => ({ line: header.line, message })) }
  if (!body.length) return { ok: false, errors: [{ line: 2, message: "the file has no rows" }] }

  const errors: LineError[] = []
  const rows: ImportRow[] = []
  for (const record of body) {
    if (record.cells.length !== columns.length) {
      errors.push({ line: record.line, message: `has ${record.cells.length} cells, the header ${columns.length}` })
      continue
    }
    const parsed = rowSchema.safeParse(
      Object.fromEntries(columns.map((column, index) => [column, record.cells[index]])),
    )
    if (parsed.success) rows.push({ ...parsed.data, line: record.line })
    else errors.push(...parsed.error.issues.map((issue) => ({ line: record.line, message: readable(issue) })))
  }
  const groups = new Map<string, ImportRow[]>()
  for (const row of rows) groups.set(row.handle, [...(groups.get(row.handle) ?? []), row])
  const skus = new Map<string, number>()
  for (const row of rows) {
    const first = skus.get(row.sku)
    if (first !== undefined) errors.push({ line: row.line, message: `sku ${row.sku} is also on line ${first}` })
    else skus.set(row.sku, row.line)
  }
  const products = [...groups.values()].flatMap((group) => {
    const built = toProduct(group)
    if ("errors" in built) errors.push(...built.errors)
    return "errors" in built ? [] : [built]
  })
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) }
  return { ok: true, products }
}
