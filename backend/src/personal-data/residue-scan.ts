import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ENCODED_COLUMNS, inventoryColumns } from "@helder/privacy"

/** The column types that can hold a name, an address or an e-mail address. */
export const TEXT_COLUMN_TYPES = ["text", "character varying", "character", "json", "jsonb", "ARRAY"]

/**
 * What identifies the person. A string (e-mail address, street line, company) or a phone number found
 * anywhere in a row is theirs; a name counts only where first and last name are both in the row, since
 * "Anna" alone is half the country.
 */
export type PersonTokens = { strings: string[]; phones: string[]; names: { first: string; last: string }[] }

export type ResidueHit = { table: string; column: string; rows: number; legal_hold: boolean }
export type ResidueScan = {
  passed: boolean
  tables: number
  columns: number
  searched_for: number
  hits: ResidueHit[]
  /** How long the scan took. */ ms?: number
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** White space as text or as a JSON column writes it (a line break inside a JSON string is `\n`). */
const SPACE = "(\\s|\\\\[nrt])"

/** A value as a case-insensitive regular expression that matches it as a whole word, never inside a longer one. */
function wordPattern(value: string): string {
  return `(^|[^[:alnum:]]|\\\\[nrt])${escape(value).replace(/\s+/g, `${SPACE}+`)}($|[^[:alnum:]])`
}

/** A phone number's digits with the Dutch or Belgian country prefix as the trunk 0 (a stray + inside is dropped). */
const nationalDigits = (phone: string) =>
  phone
    .replace(/[^0-9+]/g, "")
    .replace(/^(\+|00)(31|32)/, "0")
    .replace(/\D/g, "")

/**
 * A phone number in every form people write it: +31 55 123 4567, 0031551234567, 055-1234567, 055 123
 * 45 67. Digits may be separated by spaces, dots, dashes or brackets; the country prefix (+31, +32,
 * 0031, 0032) may stand for the trunk 0.
 */
export function phonePattern(phone: string): string | null {
  const national = nationalDigits(phone)
  if (national.length < 6) return null
  const separator = `(${SPACE}|[().-])*`
  const spread = (d: string) => d.split("").join(separator)
  const rest = national.startsWith("0") ? national.slice(1) : null
  const forms = rest
    ? [`0${separator}${spread(rest)}`, `(\\+|00)${SPACE}*(31|32)${separator}(0${separator})?${spread(rest)}`]
    : [spread(national)]
  return `(^|[^0-9])(${forms.join("|")})($|[^0-9])`
}

/**
 * What a phone pattern lets stand between digits: `().-`, what PostgreSQL's `\s` matches (and the common Unicode
 * spaces), and JSON's escaped white space (its backslash and letter).
 */
const PHONE_SEPARATORS =
  "\\nrt().- \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"

/**
 * A value as an ILIKE pattern that matches any text its word pattern matches: its parts between white space, in
 * their order, with anything between them (the word pattern allows any white space, also JSON's `\n`).
 */
const likeAnywhere = (value: string) =>
  `%${value
    .split(/\s+/)
    .map((part) => part.replace(/[\\%_]/g, "\\$&"))
    .join("%")}%`

/**
 * A cheap test that every row the person's patterns match passes, so the regular expressions run only on the rows
 * that pass it: each string's parts in their order, a name's first and last part both, and each phone number's digits
 * once the separators are taken out. Each as ILIKE/LIKE patterns.
 */
export function personPrefilter(tokens: PersonTokens): {
  likes: string[]
  names: [string, string][]
  digits: string[]
} {
  const digits = tokens.phones.flatMap((phone) => {
    if (!phonePattern(phone)) return []
    const national = nationalDigits(phone)
    return [likeAnywhere(national.startsWith("0") ? national.slice(1) : national)]
  })
  return {
    likes: tokens.strings.map(likeAnywhere),
    names: tokens.names.map(({ first, last }) => [likeAnywhere(first), likeAnywhere(last)]),
    digits,
  }
}

/** Each value trimmed, at least 3 characters (2 for a name part), once. */
export function personTokens(input: {
  strings: (string | null | undefined)[]
  phones: (string | null | undefined)[]
  names: { first?: string | null; last?: string | null }[]
}): PersonTokens {
  const clean = (values: (string | null | undefined)[], min: number) => [
    ...new Set(values.map((v) => v?.trim() ?? "").filter((v) => v.length >= min)),
  ]
  const names = new Map<string, { first: string; last: string }>()
  for (const name of input.names) {
    const [first, last] = [name.first?.trim() ?? "", name.last?.trim() ?? ""]
    const key = `${first.toLowerCase()}|${last.toLowerCase()}`
    if (first.length >= 2 && last.length >= 2 && !names.has(key)) names.set(key, { first, last })
  }
  return { strings: clean(input.strings, 3), phones: clean(input.phones, 6), names: [...names.values()] }
}

/** The person as regular expressions: e-mail addresses, street lines, companies, phones and full names. */
export function personPatterns(tokens: PersonTokens): string[] {
  return [
    ...tokens.strings.map(wordPattern),
    ...tokens.phones.flatMap((phone) => phonePattern(phone) ?? []),
    ...tokens.names.map(({ first, last }) => wordPattern(`${first} ${last}`)),
  ]
}

/**
 * Searches every column the schema inventory lists (staff's own data aside: a customer may share a
 * colleague's name) for the person, row by row, and reports where they occur. It passes when they
 * occur nowhere but in columns the inventory holds for the law (invoices and credit notes as issued).
 * `requestId`: the erasure's own request, which keeps the address until the scan is clean. `orderIds`: the
 * erasure's orders; a column held for the law cannot fail the scan, so in a table that ties its rows to an order
 * it is read only for those orders' rows (at a million orders the invoices' snapshots are 1.8 GB), and the hits
 * report the person's own kept documents. Without it every held row is read.
 */
export async function scanResidue(
  pg: Knex,
  tokens: PersonTokens,
  { requestId, orderIds }: { requestId?: string; orderIds?: string[] } = {},
): Promise<ResidueScan> {
  const started = performance.now()
  const { rows: existing } = await pg.raw<{ rows: { key: string }[] }>(
    `select c.table_name || '.' || c.column_name as key from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'`,
  )
  const present = new Set(existing.map((row) => row.key))
  const byTable = new Map<string, { column: string; hold: boolean }[]>()
  for (const { table, column, class: cls } of inventoryColumns()) {
    if (cls === "staff" || !present.has(`${table}.${column}`) || ENCODED_COLUMNS[`${table}.${column}`]) continue
    byTable.set(table, [...(byTable.get(table) ?? []), { column, hold: cls === "hold" }])
  }
  const strong = [...tokens.strings.map(wordPattern), ...tokens.phones.flatMap((phone) => phonePattern(phone) ?? [])]
  const names = tokens.names.map(({ first, last }) => [wordPattern(first), wordPattern(last)] as const)
  const searched = strong.length + names.length
  const hits: ResidueHit[] = []
  if (searched) {
    const id = (name: string) => pg.raw("??", [name]).toQuery()
    const cheap = personPrefilter(tokens)
    const prefilter = {
      sql: [
        ...(cheap.likes.length ? ["r ilike any(?)"] : []),
        ...cheap.names.map(() => "(r ilike ? and r ilike ?)"),
        ...(cheap.digits.length ? ["translate(r, ?, '') like any(?)"] : []),
      ].join(" or "),
      bindings: [
        ...(cheap.likes.length ? [cheap.likes] : []),
        ...cheap.names.flat(),
        ...(cheap.digits.length ? [PHONE_SEPARATORS, cheap.digits] : []),
      ] as Knex.RawBinding[],
    }
    /** SQL true when the text holds one of the strong tokens, or both parts of one of the names in `whole`. */
    const personIn = (text: string, whole: string, bindings: Knex.RawBinding[]) => {
      const parts: string[] = []
      if (strong.length) {
        parts.push(`${text} ~* any(?)`)
        bindings.push(strong)
      }
      for (const [first, last] of names) {
        parts.push(`(${whole} ~* ? and ${whole} ~* ? and ${text} ~* any(?))`)
        bindings.push(first, last, [first, last])
      }
      return parts.join(" or ")
    }
    for (const [table, columns] of byTable) {
      // The erasure's own request keeps the address until the scan is clean: staff need it to run it again.
      const own = table === "data_request" && requestId ? pg.raw(" where id <> ?", [requestId]).toQuery() : ""
      const ofOrders =
        orderIds && present.has(`${table}.order_id`)
          ? orderIds.length
            ? pg.raw(`order_id in (${orderIds.map(() => "?").join(", ")})`, orderIds).toQuery()
            : "false"
          : null
      const text = ({ column, hold }: { column: string; hold: boolean }) =>
        hold && ofOrders ? `case when ${ofOrders} then ${id(column)}::text end` : `${id(column)}::text`
      const texts = `select ${columns.map((column, i) => `${text(column)} as c${i}`).join(", ")} from ${id(table)}${own}`
      const row = `concat_ws(' ', ${columns.map((_, i) => `c${i}`).join(", ")})`
      // The whole row is matched once; only the rows where the person occurs are counted column by column.
      const bindings: Knex.RawBinding[] = []
      const counts = columns
        .map((_, i) => `count(*) filter (where ${personIn(`c${i}`, "r", bindings)}) as c${i}`)
        .join(", ")
      const countBindings = bindings.length
      // CASE makes PostgreSQL run the cheap test first (it may reorder the conditions of an AND).
      const matched = `case when ${prefilter.sql} then ${personIn("r", "r", bindings)} else false end`
      const { rows } = await pg.raw<{ rows: Record<string, string>[] }>(
        `select ${counts} from (select *, ${row} as r from (${texts}) t) s where ${matched}`,
        prefilter
          ? [...bindings.slice(0, countBindings), ...prefilter.bindings, ...bindings.slice(countBindings)]
          : bindings,
      )
      columns.forEach(({ column, hold }, i) => {
        const n = Number(rows[0]?.[`c${i}`] ?? 0)
        if (n) hits.push({ table, column, rows: n, legal_hold: hold })
      })
    }
  }
  const scanned = [...byTable.values()].reduce((sum, columns) => sum + columns.length, 0)
  return {
    passed: hits.every((hit) => hit.legal_hold),
    tables: byTable.size,
    columns: scanned,
    searched_for: searched,
    hits,
    ms: Math.round(performance.now() - started),
  }
}
