import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { now } from "../../lib/clock"
import { formatMoney } from "../../modules/invoicing/pdf"
import type { IssueDocumentInput } from "../../modules/invoicing/service"
import { sendMailStep, type SendMailInput } from "../mail/steps/send-mail"
import { creditNoteSnapshot, type CreditReason } from "./credit-note-snapshot"
import { issueDocumentStep } from "./steps/issue-document"
import { loadInvoiceDocumentsStep } from "./steps/load-invoice-documents"

export type IssueCreditNoteInput = {
  order_id: string
  /** `refund:<id>` or `cancel:<order id>`: issued once. */ source_key: string
  reason: CreditReason
}

type OrderItemState = {
  id: string
  quantity: unknown
  detail?: { quantity?: unknown; return_received_quantity?: unknown; return_dismissed_quantity?: unknown } | null
}

/**
 * Issues the credit note for a refund or a cancellation against the order's invoice (never changing
 * the invoice) and mails it. Issuing is idempotent per source, and nothing is issued when nothing is left.
 */
export const issueCreditNoteWorkflow = createWorkflow("issue-credit-note", (input: IssueCreditNoteInput) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    // The item's detail holds the current version's quantity (after order edits); the line keeps the original.
    fields: [
      "id",
      "items.id",
      "items.quantity",
      "items.detail.quantity",
      "items.detail.return_received_quantity",
      "items.detail.return_dismissed_quantity",
    ],
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })
  const documents = loadInvoiceDocumentsStep({ order_id: input.order_id })
  const issue = transform({ input, orders, documents }, ({ input, orders, documents }): IssueDocumentInput | null => {
    const invoice = documents.find((d) => d.kind === "invoice")
    if (!invoice) throw new Error(`order ${input.order_id} has no invoice to credit`)
    // Run again for a source already credited (a retry, a replayed event): the same document, not a new computation.
    const done = documents.find((d) => d.source_key === input.source_key)
    if (done) {
      return {
        kind: "credit_note",
        order_id: input.order_id,
        source_key: input.source_key,
        issued_at: done.snapshot.invoice_date,
        snapshot: done.snapshot,
        corrects_number: invoice.number,
      }
    }
    const items = new Map(
      ((orders[0]?.items ?? []) as (OrderItemState | null)[]).flatMap((item) =>
        item
          ? [
              [
                item.id,
                {
                  quantity: Number(item.detail?.quantity ?? item.quantity),
                  returned:
                    Number(item.detail?.return_received_quantity ?? 0) +
                    Number(item.detail?.return_dismissed_quantity ?? 0),
                },
              ] as const,
            ]
          : [],
      ),
    )
    const credited = documents.filter((d) => d.kind === "credit_note").flatMap((d) => d.snapshot.lines)
    const issuedAt = now()
    const snapshot = creditNoteSnapshot(
      { invoice: invoice.snapshot, credited, items },
      invoice.number,
      input.reason,
      issuedAt,
    )
    if (!snapshot) return null
    return {
      kind: "credit_note",
      order_id: input.order_id,
      source_key: input.source_key,
      issued_at: issuedAt,
      snapshot,
      corrects_number: invoice.number,
    }
  })
  const document = when({ issue }, ({ issue }) => issue !== null).then(() => {
    const issued = issueDocumentStep(transform({ issue }, ({ issue }) => issue!))
    const mail = transform({ issue, issued }, ({ issue, issued }): SendMailInput => {
      const snapshot = issue!.snapshot
      return {
        to: snapshot.buyer.email,
        template: "credit-note",
        locale: snapshot.locale,
        data: {
          name: snapshot.buyer.name,
          order_number: String(snapshot.order.display_id),
          credit_note_number: issued.number,
          invoice_number: issue!.corrects_number ?? "",
          total: formatMoney(-issued.total, issued.currency_code, snapshot.locale),
        },
        attachments: [
          {
            filename: `${snapshot.locale === "nl" ? "creditnota" : "credit-note"}-${issued.number}.pdf`,
            content_type: "application/pdf",
            content: issued.pdf_base64,
          },
        ],
        idempotency_key: `credit-note:${issued.id}`,
      }
    })
    sendMailStep(mail)
    return issued
  })
  return new WorkflowResponse(transform({ document }, ({ document }) => document ?? null))
})
