import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { requestSubject, takenOverSince, underAddresses } from "../../../personal-data/data-subject"
import type { ErasureTarget } from "../../../personal-data/erase"
import type { KeptDocument } from "../../../personal-data/erasure-receipt"
import {
  mergeTokens,
  personPatternLikes,
  personPatterns,
  personTokens,
  type PersonTokens,
} from "../../../personal-data/residue-scan"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"
import { WITHDRAWAL_MODULE } from "../../../modules/withdrawal"
import type WithdrawalModuleService from "../../../modules/withdrawal/service"
import type { Locale } from "@helder/contract"

export type CollectedErasure = {
  request_id: string
  locale: Locale
  subject: "customer" | "guest"
  target: ErasureTarget
  /** Everything the residue scan looks for afterwards: e-mail addresses, names, phone numbers and street lines. */
  tokens: PersonTokens
  documents: KeptDocument[]
}

type Person =
  | {
      first_name?: string | null
      last_name?: string | null
      phone?: string | null
      address_1?: string | null
      company?: string | null
    }
  | null
  | undefined

/**
 * Everything that identifies the person, from every place it was typed: the customer and their address
 * book, their earlier login addresses, their carts (the address as finally sent and any left from a
 * change), their orders (including e-mail addresses they used before changing it) and their withdrawal
 * statements.
 */
async function identifyingTokens(
  scope: MedusaContainer,
  target: ErasureTarget,
): Promise<{ tokens: PersonTokens; emails: string[] }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const people: Person[] = []
  const emails: (string | null | undefined)[] = [target.email]
  const strings: (string | null | undefined)[] = target.earlier_emails.map((e) => e.email)
  if (target.customer_id) {
    const { data } = await query.graph({
      entity: "customer",
      fields: ["email", "first_name", "last_name", "phone", "company_name", "addresses.*"],
      filters: { id: target.customer_id },
      withDeleted: true,
    })
    const customer = data[0]
    emails.push(customer?.email)
    people.push({ ...customer, company: customer?.company_name }, ...((customer?.addresses ?? []) as Person[]))
  }
  const owned = underAddresses({
    email: target.email,
    earlierEmails: target.earlier_emails,
    emailSince: target.email_since,
  })
  const cartFilter = { $or: [...(target.customer_id ? [{ customer_id: target.customer_id }] : []), ...owned] }
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["email", "shipping_address.*", "billing_address.*"],
    filters: cartFilter,
  })
  for (const cart of carts) people.push(cart.shipping_address as Person, cart.billing_address as Person)
  if (target.order_ids.length) {
    const { data } = await query.graph({
      entity: "order",
      fields: ["email", "shipping_address.*", "billing_address.*"],
      filters: { id: target.order_ids },
    })
    for (const order of data) {
      emails.push(order.email)
      people.push(order.shipping_address as Person, order.billing_address as Person)
    }
    const notices = await scope
      .resolve<WithdrawalModuleService>(WITHDRAWAL_MODULE)
      .listWithdrawalNotices({ order_id: target.order_ids }, { select: ["name", "email"] })
    for (const notice of notices) {
      strings.push(notice.email)
      // A statement's name is a full name, never a street or company: split at its first space.
      const [first, ...last] = (notice.name ?? "").trim().split(/\s+/)
      people.push({ first_name: first, last_name: last.join(" ") })
    }
  }
  // An earlier address another account has taken since is theirs now: finding it afterwards is no residue.
  const taken = new Set<string>()
  for (const e of target.earlier_emails)
    if (await takenOverSince(scope, e.email, target.customer_id, e.until)) taken.add(e.email.toLowerCase())
  const own = (value: string | null | undefined) => !value || !taken.has(value.trim().toLowerCase())
  const tokens = personTokens({
    strings: [...emails, ...strings].filter(own).concat(people.flatMap((p) => [p?.address_1, p?.company])),
    phones: people.map((p) => p?.phone),
    names: people.map((p) => ({ first: p?.first_name, last: p?.last_name })),
  })
  return { tokens, emails: [...new Set(emails.flatMap((e) => (e ? [e.trim().toLowerCase()] : [])))] }
}

/**
 * Reads what an erasure needs before anything is changed: whose data, which orders, the strings the
 * residue scan must afterwards not find, and the kept documents whose terms the receipt states.
 */
export const collectErasureTargetStep = createStep(
  "collect-erasure-target",
  async (
    { request_id, keep_auth_identity_row }: { request_id: string; keep_auth_identity_row?: boolean },
    { container },
  ) => {
    const request = await container
      .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
      .retrieveDataRequest(request_id)
    if (!request.email) throw new Error(`erasure request ${request_id} has no e-mail address left to erase`)
    const subject = await requestSubject(container, request)
    const target: ErasureTarget = {
      request_id,
      customer_id: subject.customerId,
      email: subject.email.toLowerCase(),
      emails: [],
      earlier_emails: subject.earlierEmails,
      email_since: subject.emailSince,
      order_ids: subject.orderIds,
      keep_auth_identity_row,
      patterns: [],
    }
    const found = await identifyingTokens(container, target)
    // Run again after the residue check held it: the data is scrubbed by now, so what the held check looked for
    // is looked for again.
    const held = (request.residue_check as { tokens?: PersonTokens } | null)?.tokens
    const tokens = held ? mergeTokens(found.tokens, held) : found.tokens
    const emails = found.emails
    target.patterns = personPatterns(tokens)
    target.pattern_likes = personPatternLikes(tokens)
    target.emails = emails
    const documents = target.order_ids.length
      ? await container
          .resolve<InvoicingModuleService>(INVOICING_MODULE)
          .listInvoiceDocuments({ order_id: target.order_ids }, { select: ["issued_at", "country_code"] })
      : []
    const collected: CollectedErasure = {
      request_id,
      locale: request.locale,
      subject: subject.kind,
      target,
      tokens,
      documents: documents.map((d) => ({ issued_at: d.issued_at, country_code: d.country_code })),
    }
    return new StepResponse(collected)
  },
)
