/** One CSV record: its cells, and the file line it starts on (the header is line 1). */
export type CsvRecord = { line: number; cells: string[] }

/** A CSV file the parser cannot read, with the line where reading stopped. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Reads CSV as RFC 4180 writes it: comma-separated, fields quoted with `"` when they hold a comma,
 * quote or line break, `""` for a quote inside. Also takes `;` as separator when the header uses it
 * (spreadsheets set to Dutch save that way), LF line ends and a leading byte-order mark.
 * Blank lines are skipped; a record keeps the line it starts on, so errors can name it.
 */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const firstLine = source.slice(0, source.search(/\r?\n|$/))
  const separator = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ","
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ""
  let line = 1
  let start = 1
  let quoted = false
  let i = 0
  const endRecord = () => {
    cells.push(cell)
    if (cells.length > 1 || cells[0] !== "") records.push({ line: start, cells })
    cells = []
    cell = ""
  }
  while (i < source.length) {
    const char = source[i]!
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"'
        i += 2
        continue
      }
      if (char === '"') {
        quoted = false
        i++
        const next = source[i]
        if (next !== undefined && next !== separator && next !== "\n" && next !== "\r") {
          throw new CsvSyntaxError(
            line,
            `line ${line}: text after a closing quote (write "" for a quote inside a quoted field)`,
          )
        }
        continue
      }
      if (char === "\n") line++
      cell += char
      i++
      continue
    }
    if (char === '"' && cell === "") {
      quoted = true
      i++
    } else if (char === separator) {
      cells.push(cell)
      cell = ""
      i++
    } else if (char === "\r" || char === "\n") {
      endRecord()
      i += char === "\r" && source[i + 1] === "\n" ? 2 : 1
      line++
      start = line
    } else {
      cell += char
      i++
    }
  }
  if (quoted) throw new CsvSyntaxError(start, `line ${start}: a quoted field is not closed`)
  endRecord()
  return records
}
