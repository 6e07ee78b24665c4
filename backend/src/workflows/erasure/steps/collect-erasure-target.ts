import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { requestSubject } from "../../../lib/data-export/subject"
import type { ErasureTarget } from "../../../lib/erasure/erase-sql"
import type { KeptDocument } from "../../../lib/erasure/receipt"
import { residueNeedles } from "../../../lib/erasure/residue-scan"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"
import { WITHDRAWAL_MODULE } from "../../../modules/withdrawal"
import type WithdrawalModuleService from "../../../modules/withdrawal/service"

export type CollectedErasure = {
  request_id: string
  locale: "nl" | "en"
  subject: "customer" | "guest"
  target: ErasureTarget
  /** Everything the residue scan looks for afterwards: e-mail, names, phone numbers and street lines. */
  needles: string[]
  documents: KeptDocument[]
}

type Person = { first_name?: string | null; last_name?: string | null; phone?: string | null; address_1?: string | null; company?: string | null } | null | undefined

const personStrings = (p: Person) => [p?.first_name && p?.last_name ? `${p.first_name} ${p.last_name}` : null, p?.phone, p?.address_1, p?.company]

/** The names, phones and street lines on the customer, their address book and their orders. */
async function identifyingStrings(scope: MedusaContainer, target: ErasureTarget): Promise<(string | null | undefined)[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const strings: (string | null | undefined)[] = [target.email]
  if (target.customer_id) {
    const { data } = await query.graph({ entity: "customer", fields: ["first_name", "last_name", "phone", "company_name", "addresses.*"], filters: { id: target.customer_id }, withDeleted: true })
    const customer = data[0]
    strings.push(...personStrings({ ...customer, company: customer?.company_name }), ...((customer?.addresses ?? []) as Person[]).flatMap(personStrings))
  }
  if (target.order_ids.length) {
    const { data } = await query.graph({ entity: "order", fields: ["email", "shipping_address.*", "billing_address.*"], filters: { id: target.order_ids } })
    strings.push(...data.flatMap((o) => [o.email, ...personStrings(o.shipping_address as Person), ...personStrings(o.billing_address as Person)]))
    const notices = await scope.resolve<WithdrawalModuleService>(WITHDRAWAL_MODULE).listWithdrawalNotices({ order_id: target.order_ids }, { select: ["name", "email"] })
    strings.push(...notices.flatMap((n) => [n.name, n.email]))
  }
  return strings
}

/**
 * Reads what an erasure needs before anything is changed: whose data, which orders, the strings the
 * residue scan must afterwards not find, and the kept documents whose terms the receipt states.
 */
export const collectErasureTargetStep = createStep(
  "collect-erasure-target",
  async ({ request_id, keep_auth_identity_row }: { request_id: string; keep_auth_identity_row?: boolean }, { container }) => {
    const request = await container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE).retrieveDataRequest(request_id)
    if (!request.email) throw new Error(`erasure request ${request_id} has no e-mail address left to erase`)
    const subject = await requestSubject(container, request)
    const target: ErasureTarget = { request_id, customer_id: subject.customerId, email: subject.email.toLowerCase(), order_ids: subject.orderIds, keep_auth_identity_row }
    const documents = target.order_ids.length
      ? await container.resolve<InvoicingModuleService>(INVOICING_MODULE).listInvoiceDocuments({ order_id: target.order_ids }, { select: ["issued_at", "country_code"] })
      : []
    const collected: CollectedErasure = {
      request_id,
      locale: request.locale,
      subject: subject.kind,
      target,
      needles: residueNeedles(await identifyingStrings(container, target)),
      documents: documents.map((d) => ({ issued_at: d.issued_at, country_code: d.country_code })),
    }
    return new StepResponse(collected)
  }
)
