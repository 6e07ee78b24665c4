import { subjectHash } from "../../personal-data/data-subject"
import { requestDueAt } from "../../lib/data-map"
import type { Locale } from "@helder/contract"

export type NewDataRequest = {
  kind: "export" | "erasure" | "correction" | "restriction" | "objection"
  channel: "self_service" | "guest" | "staff" | "retention"
  email: string
  locale?: Locale
  customer_id?: string | null
  order_id?: string | null
  details?: string | null
  /** Already checked (a password, a session, staff who saw an ID): how. Left out, the identity check is pending. */
  identity_method?: string | null
  handled_by?: string | null
  /** A request logged by staff from a letter is received when the letter came, not when it is typed in. */
  received_at?: Date | string | null
}

/** The row of a new request: received now (or when the letter came), due one month later (art. 12(3)). */
export function dataRequestRow(input: NewDataRequest, at: Date) {
  const receivedAt = input.received_at ? new Date(input.received_at) : at
  return {
    kind: input.kind,
    channel: input.channel,
    // A guest's request waits for the mailed link; everything else is received as it is recorded.
    status:
      input.channel === "guest" && !input.identity_method ? ("awaiting_verification" as const) : ("received" as const),
    email: input.email,
    subject_hash: subjectHash(input.email),
    locale: input.locale ?? ("nl" as const),
    customer_id: input.customer_id ?? null,
    order_id: input.order_id ?? null,
    details: input.details ?? null,
    received_at: receivedAt,
    due_at: requestDueAt(receivedAt),
    identity_status: input.identity_method ? ("verified" as const) : ("pending" as const),
    identity_method: input.identity_method ?? null,
    handled_by: input.handled_by ?? null,
  }
}
