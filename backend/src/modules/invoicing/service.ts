import { createHash } from "node:crypto"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { generateEntityId } from "@medusajs/framework/utils"
import DocumentSequence from "./models/document-sequence"
import InvoiceDocument from "./models/invoice-document"
import InvoicePdf from "./models/invoice-pdf"
import { Semaphore } from "../../lib/semaphore"
import { renderDocumentPdf } from "./pdf"
import { documentSnapshotSchema, type DocumentSnapshot } from "./snapshot"

export type DocumentKind = "invoice" | "credit_note"

/** The part of the transaction's knex this module uses: raw SQL with bindings. */
type RawSql = { raw(sql: string, bindings: unknown[]): Promise<{ rows: Record<string, unknown>[] }> }

export type IssueDocumentInput = {
  kind: DocumentKind
  order_id: string
  /** What the document is issued for, once (`order:<id>`, `refund:<id>`): a second issue returns the first. */
  source_key: string
  /** A Date, or its ISO string as it arrives through a workflow. */
  issued_at: Date | string
  snapshot: DocumentSnapshot
  corrects_number?: string | null
}

/** The printed number: year and a six-digit sequence, credit notes prefixed with C. */
export function formatDocumentNumber(kind: DocumentKind, year: number, sequence: number): string {
  return `${kind === "credit_note" ? "C" : ""}${year}-${String(sequence).padStart(6, "0")}`
}

/** An order's amounts as its invoice states them, in cents. */
export type InvoicedAmount = { gross: number; vat: number; delivery: number }

/**
 * The amounts an invoice states, from its snapshot: the total, the VAT and the delivery (the lines that bill no order
 * line). Total and delivery are Medusa's totals when the invoice was issued, frozen; the VAT is the invoice's, rounded
 * per rate as it prints it (a cent from Medusa's unrounded tax total at most).
 */
export function invoicedAmount(snapshot: unknown): InvoicedAmount {
  const { totals, lines } = snapshot as DocumentSnapshot
  const delivery = lines.filter((line) => line.item_id === null).reduce((sum, line) => sum + line.gross, 0)
  return { gross: totals.gross, vat: totals.vat, delivery }
}

/** Invoices and credit notes with gapless yearly numbering. */
export default class InvoicingModuleService extends MedusaService({ DocumentSequence, InvoiceDocument, InvoicePdf }) {
  // Issues wait for one row lock anyway; queueing them here keeps them from holding pool connections while they wait.
  private readonly issuing = new Semaphore(2)

  /** Issues a document (see issueDocument_), at most two at a time per process. */
  async issueDocument(input: IssueDocumentInput) {
    return this.issuing.run(() => this.issueDocument_(input))
  }

  /**
   * Issues a document: the year's counter is raised under a row lock, the PDF is rendered with that
   * number and the document and its PDF are created in the same transaction, so concurrent issues
   * never share or skip a number and a failure anywhere rolls the counter back with it. Issuing the
   * same source twice returns the document issued first.
   */
  @InjectTransactionManager()
  protected async issueDocument_(
    input: IssueDocumentInput,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ) {
    const knex = sharedContext.transactionManager?.getTransactionContext()
    if (!knex) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "issueDocument must run inside a transaction")
    const snapshot = documentSnapshotSchema.parse(input.snapshot)
    // Serialises issues of the same source, so the check below cannot race its twin.
    await knex.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [input.source_key])
    const [existing] = await this.listInvoiceDocuments({ source_key: input.source_key }, {}, sharedContext)
    if (existing) return existing
    if (input.kind === "credit_note") await this.assertCreditable(knex, input.order_id, snapshot.totals.gross)

    const issuedAt = new Date(input.issued_at)
    // The number's year is the year printed on the document: the calendar in Amsterdam, not UTC.
    const year = Number(
      new Intl.DateTimeFormat("en", { timeZone: "Europe/Amsterdam", year: "numeric" }).format(issuedAt),
    )
    const { rows }: { rows: { last_number: number }[] } = await knex.raw(
      `INSERT INTO invoicing_sequence (id, year, kind, last_number) VALUES (?, ?, ?, 1)
       ON CONFLICT (year, kind) WHERE deleted_at IS NULL
       DO UPDATE SET last_number = invoicing_sequence.last_number + 1, updated_at = now()
       RETURNING last_number`,
      [generateEntityId(undefined, "invseq"), year, input.kind],
    )
    const sequence = Number(rows[0]?.last_number)
    const number = formatDocumentNumber(input.kind, year, sequence)
    const pdf = await renderDocumentPdf(input.kind, number, snapshot)
    const document = await this.createInvoiceDocuments(
      {
        kind: input.kind,
        number,
        year,
        sequence,
        order_id: input.order_id,
        source_key: input.source_key,
        issued_at: issuedAt,
        corrects_number: input.corrects_number ?? null,
        country_code: snapshot.buyer.country_code,
        currency_code: snapshot.currency_code,
        total: snapshot.totals.gross,
        snapshot,
        pdf_sha256: createHash("sha256").update(pdf).digest("hex"),
      },
      sharedContext,
    )
    await this.createInvoicePdfs(
      { document_id: document.id, content: pdf.toString("base64"), byte_size: pdf.length },
      sharedContext,
    )
    return document
  }

  /**
   * Credit notes of one order are serialised, and together they never exceed its invoice: a refund racing
   * a cancellation cannot credit the same money twice.
   */
  private async assertCreditable(knex: RawSql, orderId: string, credit: number) {
    await knex.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [`credit:${orderId}`])
    const { rows } = await knex.raw(
      "SELECT sum(total) AS balance FROM invoice_document WHERE order_id = ? AND deleted_at IS NULL",
      [orderId],
    )
    const balance = Number(rows[0]?.balance ?? 0)
    if (balance + credit < 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `a credit of ${-credit} cents exceeds the ${balance} cents left on order ${orderId}'s invoice`,
      )
    }
  }

  /** The stored PDF of a document, exactly as issued. */
  async retrievePdf(documentId: string): Promise<Buffer> {
    const [pdf] = await this.listInvoicePdfs({ document_id: documentId })
    if (!pdf) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This document has no PDF")
    return Buffer.from(pdf.content, "base64")
  }

  /** The stored PDFs of several documents in one query, by document id (an export reads them in batches). */
  async listPdfs(documentIds: string[]): Promise<Map<string, Buffer>> {
    const pdfs = await this.listInvoicePdfs({ document_id: documentIds }, { select: ["content", "document_id"] })
    return new Map(
      pdfs.map((pdf) => [
        (pdf as typeof pdf & { document_id: string }).document_id,
        Buffer.from(pdf.content, "base64"),
      ]),
    )
  }
}
