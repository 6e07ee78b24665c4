import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { termsEdition, termsEditionOn, termsHtml } from "@helder/schemas"
import { now } from "../../lib/clock"
import { readBackendEnv } from "../../lib/env"
import { orderLinkUrl } from "../../lib/order-link"
import { sellerFromEnv } from "../../modules/invoicing/seller"
import { formatMoney } from "../../modules/invoicing/pdf"
import { sendMailStep, type SendMailInput } from "../mail/steps/send-mail"
import { INVOICE_ORDER_FIELDS, invoiceSnapshot, type InvoiceOrder } from "./order-snapshot"
import { issueDocumentStep } from "./steps/issue-document"
import type { IssueDocumentInput } from "../../modules/invoicing/service"

/**
 * Issues a placed order's invoice (once: a replayed event gets the same invoice) and sends the order
 * confirmation with the invoice PDF, the general terms the order was placed under (an HTML file) and
 * the signed order link (returns, withdrawal, downloads).
 */
export const issueInvoiceWorkflow = createWorkflow("issue-invoice", (input: { order_id: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: INVOICE_ORDER_FIELDS,
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })
  const issue = transform({ orders }, ({ orders }): IssueDocumentInput => {
    // throwIfKeyNotFound above guarantees the order.
    const order: InvoiceOrder = orders[0]!
    const issuedAt = now()
    return {
      kind: "invoice",
      order_id: order.id,
      source_key: `order:${order.id}`,
      issued_at: issuedAt,
      snapshot: invoiceSnapshot(order, sellerFromEnv(), issuedAt),
    }
  })
  const document = issueDocumentStep(issue)
  const mail = transform({ orders, issue, document }, ({ orders, issue, document }): SendMailInput => {
    const { snapshot } = issue
    const env = readBackendEnv()
    const order: InvoiceOrder = orders[0]!
    const seller = sellerFromEnv(env)
    const accepted = order.metadata?.terms_version
    // The checkout stores the edition it showed; an order made elsewhere gets the one in force that day.
    const terms =
      (typeof accepted === "string" ? termsEdition(accepted) : undefined) ?? termsEditionOn(new Date(order.created_at))
    const termsFile = termsHtml(
      terms,
      snapshot.locale,
      {
        name: seller.name,
        address: seller.address_lines.join(", "),
        email: seller.email,
        kvk: seller.kvk,
        vat: seller.vat_number,
      },
      env.STOREFRONT_URL,
    )
    return {
      to: snapshot.buyer.email,
      template: "order-confirmation",
      locale: snapshot.locale,
      data: {
        name: snapshot.buyer.name,
        order_number: String(snapshot.order.display_id),
        invoice_number: document.number,
        total: formatMoney(document.total, document.currency_code, snapshot.locale),
        link_days: String(env.ORDER_LINK_DAYS),
      },
      secrets: {
        link: orderLinkUrl(issue.order_id, snapshot.locale),
      },
      attachments: [
        {
          filename: `${snapshot.locale === "nl" ? "factuur" : "invoice"}-${document.number}.pdf`,
          content_type: "application/pdf",
          content: document.pdf_base64,
        },
        {
          filename: `${snapshot.locale === "nl" ? "algemene-voorwaarden" : "general-terms"}-${terms.id}.html`,
          content_type: "text/html",
          content: Buffer.from(termsFile).toString("base64"),
        },
      ],
      idempotency_key: `order-confirmation:${issue.order_id}`,
    }
  })
  sendMailStep(mail)
  return new WorkflowResponse(document)
})
