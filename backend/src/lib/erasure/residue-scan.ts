import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** Where the law makes the shop keep a copy: invoices and credit notes, frozen as issued. */
export const LEGAL_HOLD_TABLES = new Set(["invoice_document", "invoice_pdf"])

export type ResidueHit = { table: string; column: string; rows: number; legal_hold: boolean }
export type ResidueScan = { passed: boolean; tables: number; columns: number; searched_for: number; hits: ResidueHit[] }

const TEXT_TYPES = ["text", "character varying", "character", "json", "jsonb", "ARRAY"]

/** A needle as a case-insensitive regular expression that matches it as a whole word, never inside a longer one. */
function wordPattern(needle: string): string {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  return `(^|[^[:alnum:]])${escaped}($|[^[:alnum:]])`
}

/** The strings a scan looks for: each trimmed, at least 3 characters, once. */
export function residueNeedles(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.map((v) => v?.trim() ?? "").filter((v) => v.length >= 3))]
}

/**
 * Searches every text, JSON and array column of every table for the needles (whole words, any case) and
 * reports where they occur. It passes when they occur nowhere but in the legal-hold tables.
 */
export async function scanResidue(pg: Knex, needles: string[]): Promise<ResidueScan> {
  const { rows: columns } = await pg.raw<{ rows: { table_name: string; column_name: string }[] }>(
    `select c.table_name, c.column_name from information_schema.columns c join information_schema.tables t
       on t.table_schema = c.table_schema and t.table_name = c.table_name
     where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.data_type in (${TEXT_TYPES.map(() => "?").join(",")})
     order by c.table_name, c.column_name`,
    TEXT_TYPES
  )
  const byTable = new Map<string, string[]>()
  for (const { table_name, column_name } of columns) byTable.set(table_name, [...(byTable.get(table_name) ?? []), column_name])
  const hits: ResidueHit[] = []
  if (needles.length) {
    const patterns = needles.map(wordPattern)
    const anyPattern = `any(array[${patterns.map(() => "?").join(",")}])`
    for (const [table, names] of byTable) {
      const counts = names.map((column, i) => `count(*) filter (where ${pg.raw("??", [column]).toQuery()}::text ~* ${anyPattern}) as c${i}`).join(", ")
      const { rows } = await pg.raw<{ rows: Record<string, string>[] }>(`select ${counts} from ${pg.raw("??", [table]).toQuery()}`, names.flatMap(() => patterns))
      names.forEach((column, i) => {
        const found = Number(rows[0]?.[`c${i}`] ?? 0)
        if (found) hits.push({ table, column, rows: found, legal_hold: LEGAL_HOLD_TABLES.has(table) })
      })
    }
  }
  return { passed: hits.every((h) => h.legal_hold), tables: byTable.size, columns: columns.length, searched_for: needles.length, hits }
}
