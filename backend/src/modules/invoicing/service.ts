import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { generateEntityId } from "@medusajs/framework/utils"
import DocumentSequence from "./models/document-sequence"
import InvoiceDocument from "./models/invoice-document"

export type DocumentKind = "invoice" | "credit_note"

export type IssueDocumentInput = {
  kind: DocumentKind
  order_id: string
  issued_at: Date
  snapshot: Record<string, unknown>
  corrects_number?: string | null
}

/** The printed number: year and a six-digit sequence, credit notes prefixed with C. */
export function formatDocumentNumber(kind: DocumentKind, year: number, sequence: number): string {
  return `${kind === "credit_note" ? "C" : ""}${year}-${String(sequence).padStart(6, "0")}`
}

/** Invoices and credit notes with gapless yearly numbering. */
export default class InvoicingModuleService extends MedusaService({ DocumentSequence, InvoiceDocument }) {
  /**
   * Issues a document: the year's counter is raised under a row lock and the document is created in
   * the same transaction, so concurrent issues never share or skip a number, and a failed create
   * rolls the counter back with it.
   */
  @InjectTransactionManager()
  async issueDocument(input: IssueDocumentInput, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}) {
    const knex = sharedContext.transactionManager?.getTransactionContext()
    if (!knex) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "issueDocument must run inside a transaction")
    const year = input.issued_at.getUTCFullYear()
    const { rows }: { rows: { last_number: number }[] } = await knex.raw(
      `INSERT INTO invoicing_sequence (id, year, kind, last_number) VALUES (?, ?, ?, 1)
       ON CONFLICT (year, kind) WHERE deleted_at IS NULL
       DO UPDATE SET last_number = invoicing_sequence.last_number + 1, updated_at = now()
       RETURNING last_number`,
      [generateEntityId(undefined, "invseq"), year, input.kind]
    )
    const sequence = Number(rows[0]?.last_number)
    return this.createInvoiceDocuments(
      {
        kind: input.kind,
        number: formatDocumentNumber(input.kind, year, sequence),
        year,
        sequence,
        order_id: input.order_id,
        issued_at: input.issued_at,
        corrects_number: input.corrects_number ?? null,
        snapshot: input.snapshot,
      },
      sharedContext
    )
  }
}
