import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ENCODED_COLUMNS, inventoryColumns } from "@helder/privacy"

/** The column types that can hold a name, an address or an e-mail address. */
export const TEXT_COLUMN_TYPES = ["text", "character varying", "character", "json", "jsonb", "ARRAY"]

/**
 * What identifies the person: e-mail addresses, street lines and companies (`strings`), phone numbers and names. An
 * e-mail address or a phone number anywhere in a row makes the row theirs. A name or a street line does not on its
 * own: Anna de Vries has thousands of namesakes, Hoofdstraat 12 is in many towns and a whole household's, and an
 * erasure that counted those rows as residue could never finish. Their full name (first and last) counts where one of
 * their street lines or companies stands in the same row.
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
 * A value as an ILIKE pattern that matches any text its word pattern matches: its parts between white space, in
 * their order, with anything between them (the word pattern allows any white space, also JSON's `\n`).
 */
const likeAnywhere = (value: string) =>
  `%${value
    .split(/\s+/)
    .map((part) => part.replace(/[\\%_]/g, "\\$&"))
    .join("%")}%`

/** Whether a string of the person's is an e-mail address (else a street line or a company). */
const isEmail = (value: string) => value.includes("@")

/**
 * Their street lines and companies: the details that make a row theirs beside their full name. A company that is
 * their own full name (a sole trader) is no second detail.
 */
function personDetails(tokens: PersonTokens): string[] {
  const fullNames = new Set(tokens.names.map(({ first, last }) => `${first} ${last}`.toLowerCase()))
  return tokens.strings.filter(
    (value) => !isEmail(value) && !fullNames.has(value.trim().replace(/\s+/g, " ").toLowerCase()),
  )
}

/**
 * A cheap test that every row the person's patterns match passes, so the regular expressions run only on the rows
 * that pass it: an e-mail address's parts in their order, a phone number's digits in their order (whatever stands
 * between them: translating the separators away cost fourteen times as much at 200 000 orders, BENCHMARKS.md), or a
 * name's first and last part both with one of the street lines or companies. Each as ILIKE/LIKE patterns.
 */
export function personPrefilter(tokens: PersonTokens): {
  likes: string[]
  names: [string, string][]
  details: string[]
  digits: string[]
} {
  const digits = phoneDigitLikes(tokens)
  const details = personDetails(tokens).map(likeAnywhere)
  return {
    likes: tokens.strings.filter(isEmail).map(likeAnywhere),
    names: details.length ? tokens.names.map(({ first, last }) => [likeAnywhere(first), likeAnywhere(last)]) : [],
    details,
    digits,
  }
}

/** Each phone number's significant digits in their order, anything between them, as LIKE patterns. */
function phoneDigitLikes(tokens: PersonTokens): string[] {
  return tokens.phones.flatMap((phone) => {
    if (!phonePattern(phone)) return []
    const national = nationalDigits(phone)
    const significant = national.startsWith("0") ? national.slice(1) : national
    return [`%${significant.split("").join("%")}%`]
  })
}

/**
 * LIKE patterns (to match against lower-cased text, lower-cased themselves) one of which every text `personPatterns`
 * matches holds: each string's parts, each phone's digits in order, each name's first part. A cheap first test for
 * the erasure's searches of whole tables.
 */
export function personPatternLikes(tokens: PersonTokens): string[] {
  return [
    ...tokens.strings.map(likeAnywhere),
    ...phoneDigitLikes(tokens),
    ...tokens.names.map(({ first }) => likeAnywhere(first)),
  ]
}

/**
 * SQL true where `text` matches one of the person's patterns, the cheap LIKE test first when there is one (CASE:
 * PostgreSQL may reorder an AND). With its bindings, in order.
 */
export function personMatch(text: string, patterns: string[], likes: string[] = []) {
  const match = { sql: `${text} ~* any(?)`, bindings: [patterns] }
  return likes.length ? cheapFirst(text, likes, match) : match
}

/**
 * `then` only where `text`, lowered once, holds one of the LIKE patterns (lowered as PostgreSQL lowers text): CASE,
 * as PostgreSQL may reorder the conditions of an AND. One reference to `text`: it builds an expression again at
 * every place it is used, and ILIKE would lower the text again per pattern.
 */
function cheapFirst(text: string, likes: string[], then: { sql: string; bindings: Knex.RawBinding[] }) {
  return {
    sql: `case when lower(${text}) like any(array(select lower(p) from unnest(?::text[]) p)) then ${then.sql} else false end`,
    bindings: [likes, ...then.bindings],
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

/** Two sets of a person's tokens as one, each value once. */
export function mergeTokens(a: PersonTokens, b: PersonTokens): PersonTokens {
  return personTokens({
    strings: [...a.strings, ...b.strings],
    phones: [...a.phones, ...b.phones],
    names: [...a.names, ...b.names],
  })
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
 * What the checks keep for themselves: the search terms of erasures waiting for the night's check, cleared by it.
 * Another waiting person's terms match wherever the two share a detail (a household's street), never because the
 * shop kept a copy of this person's data.
 */
const CHECKS_OWN = ["data_request.residue_check"]

/** One person the scan looks for. */
export type ScanSubject = {
  tokens: PersonTokens
  /** Their erasure's own request, which keeps the address until the scan is clean: staff need it to run it again. */
  requestId?: string
  /**
   * Their orders. A column held for the law cannot fail the scan, so in a table that ties its rows to an order it is
   * read only for these orders' rows (at a million orders the invoices' snapshots are 1.8 GB), and the hits report
   * the person's own kept documents. Without it every held row is read.
   */
  orderIds?: string[]
  /** When they were erased: rows created later are not residue of it (data the shop received since). */
  before?: Date
}

type Sql = { sql: string; bindings: Knex.RawBinding[] }

/** The most counts one statement selects: PostgreSQL's limit is 1 664 columns in a select list. */
const MAX_COUNTS = 1500
type Column = { column: string; hold: boolean }

/** The person as SQL over a text `text` in a row whose whole text is `whole`. */
type Matcher = { searched: number; cheap: string[]; personIn: (text: string, whole: string) => Sql }

function matcher(tokens: PersonTokens): Matcher {
  const emails = tokens.strings.filter(isEmail)
  const strong = [...emails.map(wordPattern), ...tokens.phones.flatMap((phone) => phonePattern(phone) ?? [])]
  // A street line or a company, which makes a row theirs only beside their full name.
  const details = personDetails(tokens).map(wordPattern)
  const names = details.length
    ? tokens.names.map(({ first, last }) => [wordPattern(first), wordPattern(last)] as const)
    : []
  const cheap = personPrefilter(tokens)
  return {
    // Every detail looked for: a street line or company counts, searched beside the name.
    searched: strong.length + (names.length ? details.length : 0) + names.length,
    // LIKE patterns one of which every row the regular expressions match holds: its e-mail addresses, its phone
    // numbers' digits, and for a name its first part (the rest of the name rule is left to the expressions).
    cheap: [...cheap.likes, ...cheap.digits, ...cheap.names.map(([first]) => first)],
    // True when the text holds an e-mail address or phone number of theirs, or a part of their full name, street or
    // company where `whole` holds the full name and a street or company.
    personIn: (text, whole) => {
      const sql: string[] = []
      const bindings: Knex.RawBinding[] = []
      if (strong.length) {
        sql.push(`${text} ~* any(?)`)
        bindings.push(strong)
      }
      for (const [first, last] of names) {
        sql.push(`(${whole} ~* ? and ${whole} ~* ? and ${whole} ~* any(?) and ${text} ~* any(?))`)
        bindings.push(first, last, details, [first, last, ...details])
      }
      return { sql: sql.join(" or "), bindings }
    },
  }
}

/** Fragments joined in order, with their bindings in the same order. */
function joined(parts: Sql[], separator: string): Sql {
  return { sql: parts.map((part) => part.sql).join(separator), bindings: parts.flatMap((part) => part.bindings) }
}

/**
 * How many rows of `table` hold each person, column by column, in one pass: the row is matched whole, once, and
 * only the rows where someone occurs are counted per column. `where` narrows the rows for everyone; a person's
 * `only` for them alone, over `keep` (extra columns of the row, selected as they are named).
 */
async function countPeople(
  pg: Knex,
  { table, columns, where, keep }: { table: string; columns: Column[]; where: Sql | null; keep: string[] },
  people: { matcher: Matcher; only: Sql | null }[],
): Promise<number[][]> {
  const id = (name: string) => pg.raw("??", [name]).toQuery()
  const select = [...keep, ...columns.map(({ column }, i) => `${id(column)}::text as c${i}`)].join(", ")
  const texts = `select ${select} from ${id(table)}${where ? ` where ${where.sql}` : ""}`
  const row = `concat_ws(' ', ${columns.map((_, i) => `c${i}`).join(", ")})`
  const counts = joined(
    people.flatMap(({ matcher, only }, k) =>
      columns.map((_, i) => {
        const found = matcher.personIn(`c${i}`, "r")
        const counted = only ? joined([only, { sql: `(${found.sql})`, bindings: found.bindings }], " and ") : found
        return { sql: `count(*) filter (where ${counted.sql}) as p${k}_c${i}`, bindings: counted.bindings }
      }),
    ),
    ", ",
  )
  // Everyone's cheap patterns in one array, then anyone's regular expressions on the rows that pass.
  const anyone = cheapFirst(
    "r",
    people.flatMap(({ matcher }) => matcher.cheap),
    joined(
      people.map(({ matcher }) => matcher.personIn("r", "r")),
      " or ",
    ),
  )
  const { rows } = await pg.raw<{ rows: Record<string, string>[] }>(
    `select ${counts.sql} from (select *, ${row} as r from (${texts}) t) s where ${anyone.sql}`,
    [...counts.bindings, ...(where?.bindings ?? []), ...anyone.bindings],
  )
  return people.map((_, k) => columns.map((_, i) => Number(rows[0]?.[`p${k}_c${i}`] ?? 0)))
}

/** The inventoried columns the scan reads, by table: staff's own aside (a customer may share a colleague's name). */
async function scannedColumns(pg: Knex): Promise<{ byTable: Map<string, Column[]>; present: Set<string> }> {
  const { rows: existing } = await pg.raw<{ rows: { key: string }[] }>(
    `select c.table_name || '.' || c.column_name as key from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'`,
  )
  const present = new Set(existing.map((row) => row.key))
  const byTable = new Map<string, Column[]>()
  for (const { table, column, hold } of SCANNED) {
    if (present.has(`${table}.${column}`)) byTable.set(table, [...(byTable.get(table) ?? []), { column, hold }])
  }
  return { byTable, present }
}

/** What the scan reads by the inventory, whether or not this database has it yet: not staff's, encoded or its own. */
const SCANNED = inventoryColumns().flatMap(({ table, column, class: cls }) => {
  const key = `${table}.${column}`
  return cls === "staff" || ENCODED_COLUMNS[key] || CHECKS_OWN.includes(key)
    ? []
    : [{ table, column, hold: cls === "hold" }]
})

/**
 * PostgreSQL's estimate of the rows a residue scan reads: the tables' row counts as last analysed, or their size
 * at 200 bytes a row for a table never analysed. Cheap (the catalog only); `eraseDataSubjectWorkflow` decides by it
 * whether the scan runs at once or with the night's check.
 */
export async function residueScanRows(pg: Knex): Promise<number> {
  // The inventory's tables, not the columns the database has (a catalog read of 260 ms at a million orders):
  // a table the database lacks has no row in pg_class.
  const tables = [...new Set(SCANNED.map(({ table }) => table))]
  const { rows } = await pg.raw<{ rows: { rows: string | null }[] }>(
    `select sum(case when c.reltuples >= 0 then c.reltuples else pg_relation_size(c.oid) / 200 end)::bigint as rows
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind = 'r' and c.relname = any(?)`,
    [tables],
  )
  return Number(rows[0]?.rows ?? 0)
}

/**
 * Searches every column the schema inventory lists for each person, row by row, and reports where they occur:
 * the columns that can be erased in one pass over each table for everyone, the columns held for the law (invoices
 * and credit notes as issued) per person and, where a table ties its rows to orders, only for their own orders. A
 * person's scan passes when they occur nowhere but in held columns.
 */
export async function scanResidueOfMany(pg: Knex, subjects: ScanSubject[]): Promise<ResidueScan[]> {
  const started = performance.now()
  const { byTable, present } = await scannedColumns(pg)
  const people = subjects.map((subject) => ({ subject, matcher: matcher(subject.tokens) }))
  const searching = people.filter(({ matcher }) => matcher.searched > 0)
  const hits = new Map<ScanSubject, ResidueHit[]>(subjects.map((subject) => [subject, []]))
  for (const [table, columns] of byTable) {
    if (!searching.length) break
    const dated = present.has(`${table}.created_at`)
    /** What counts for one person: rows before their erasure, and never their own request. */
    const only = (subject: ScanSubject): Sql | null => {
      const parts: Sql[] = []
      if (subject.before && dated) parts.push({ sql: "row_created <= ?", bindings: [subject.before] })
      if (subject.requestId && table === "data_request")
        parts.push({ sql: "row_id <> ?", bindings: [subject.requestId] })
      return parts.length ? joined(parts, " and ") : null
    }
    const keep = [
      ...(dated && searching.some(({ subject }) => subject.before) ? ["created_at as row_created"] : []),
      ...(table === "data_request" ? ["id as row_id"] : []),
    ]
    const report = (subject: ScanSubject, found: Column[], counts: number[]) =>
      found.forEach(({ column, hold }, i) => {
        if (counts[i]) hits.get(subject)!.push({ table, column, rows: counts[i]!, legal_hold: hold })
      })
    const open = columns.filter((column) => !column.hold)
    // PostgreSQL takes at most 1 664 columns in a select list: one count per person and column, so as many people
    // as fit per pass (a table of 21 columns: 71 people a pass).
    const perPass = Math.max(1, Math.floor(MAX_COUNTS / Math.max(open.length, 1)))
    for (let from = 0; open.length && from < searching.length; from += perPass) {
      const group = searching.slice(from, from + perPass)
      const counts = await countPeople(
        pg,
        { table, columns: open, where: null, keep },
        group.map(({ subject, matcher }) => ({ matcher, only: only(subject) })),
      )
      group.forEach(({ subject }, k) => report(subject, open, counts[k]!))
    }
    const held = columns.filter((column) => column.hold)
    for (const { subject, matcher } of held.length ? searching : []) {
      const ofOrders = subject.orderIds && present.has(`${table}.order_id`) ? subject.orderIds : null
      if (ofOrders && !ofOrders.length) continue
      const where = ofOrders ? { sql: `order_id in (${ofOrders.map(() => "?").join(", ")})`, bindings: ofOrders } : null
      const [counts] = await countPeople(pg, { table, columns: held, where, keep }, [{ matcher, only: only(subject) }])
      report(subject, held, counts!)
    }
  }
  const columns = [...byTable.values()].reduce((sum, list) => sum + list.length, 0)
  const ms = Math.round(performance.now() - started)
  return people.map(({ subject, matcher }) => {
    const found = hits.get(subject)!
    return {
      passed: found.every((hit) => hit.legal_hold),
      tables: byTable.size,
      columns,
      searched_for: matcher.searched,
      hits: found,
      ms,
    }
  })
}

/** The residue scan for one person (scanResidueOfMany). */
export async function scanResidue(pg: Knex, tokens: PersonTokens, options: Omit<ScanSubject, "tokens"> = {}) {
  const [scan] = await scanResidueOfMany(pg, [{ tokens, ...options }])
  return scan!
}
