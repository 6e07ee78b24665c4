import { addDuration, type DataMap } from "@helder/privacy"
import { MedusaError } from "@medusajs/framework/utils"

/** What staff do to a request on the privacy desk (besides running its export or erasure). */
export type DeskAction =
  | { action: "extend"; months: number; reason: string }
  | { action: "verify_identity"; method: string }
  | { action: "reject"; reason: string }
  | { action: "complete"; note?: string }

type Request = { kind: string; status: string; received_at: Date | string; due_at: Date | string; identity_status: string; extension_reason: string | null; details: string | null }

const CLOSED = ["completed", "rejected", "cancelled"]
const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/** Whether a request is past its due date and still open. */
export function isOverdue(request: Pick<Request, "status" | "due_at">, at: Date): boolean {
  return !CLOSED.includes(request.status) && new Date(request.due_at).getTime() < at.getTime()
}

/**
 * The change a desk action makes to a request, or a clear refusal: closed requests stay closed, the answer
 * term grows by at most the map's extension (art. 12(3): two more months) and only with a reason.
 */
export function deskUpdate(request: Request, act: DeskAction, map: DataMap, at: Date): Record<string, unknown> {
  if (CLOSED.includes(request.status)) throw refuse(`This request is already ${request.status}.`)
  switch (act.action) {
    case "extend": {
      // The requester must hear of an extension within the first month (art. 12(3) GDPR), not after it.
      if (addDuration(new Date(request.received_at), map.requests.answerWithin).getTime() < at.getTime()) {
        throw refuse("The first month has passed: an extension had to be announced within it (art. 12(3) GDPR).")
      }
      const latest = addDuration(addDuration(new Date(request.received_at), map.requests.answerWithin), map.requests.extendableBy)
      const due = addDuration(new Date(request.due_at), { months: act.months })
      if (due.getTime() > latest.getTime()) throw refuse(`The answer term can be extended to ${latest.toISOString().slice(0, 10)} at most (art. 12(3) GDPR).`)
      return { due_at: due, extension_reason: [request.extension_reason, act.reason].filter(Boolean).join("\n") }
    }
    case "verify_identity":
      if (request.identity_status === "verified") throw refuse("The identity is already verified.")
      // A guest who could not use the mailed link is verified by staff instead: the request can go on.
      return { identity_status: "verified", identity_method: `staff: ${act.method}`, ...(request.status === "awaiting_verification" ? { status: "received", token_hash: null, token_expires_at: null } : {}) }
    case "reject":
      return { status: "rejected", rejected_reason: act.reason, completed_at: at, token_hash: null, token_expires_at: null }
    case "complete":
      if (request.kind !== "correction") throw refuse("Exports and erasures are completed by running them.")
      if (request.identity_status !== "verified") throw refuse("Verify the requester's identity first.")
      return { status: "completed", completed_at: at, details: act.note ? [request.details, `Done: ${act.note}`].filter(Boolean).join("\n") : request.details }
  }
}

/** A desk action's mail to the requester: which template, with what. */
export type DeskMail = { to: string; template: string; locale: "nl" | "en"; data: Record<string, string> }

/**
 * What the requester hears of a desk action, as the request pages promise: a longer term with its
 * reason and the new date, a rejection with its reason, a correction done. Verifying the identity
 * sends nothing (the next step does), nor does a request without an address.
 */
export function deskMail(request: { email: string | null; locale: "nl" | "en" }, act: DeskAction, update: Record<string, unknown>): DeskMail | null {
  if (!request.email) return null
  const mail = (template: string, data: Record<string, string>): DeskMail => ({ to: request.email!, template, locale: request.locale, data })
  switch (act.action) {
    case "extend": {
      const due = new Date(update.due_at as Date)
      const date = due.toLocaleDateString(request.locale === "nl" ? "nl-NL" : "en-GB", { timeZone: "Europe/Amsterdam", day: "numeric", month: "long", year: "numeric" })
      return mail("privacy-request-extended", { reason: act.reason, due_date: date })
    }
    case "reject":
      return mail("privacy-request-rejected", { reason: act.reason })
    case "complete":
      return mail("privacy-request-completed", act.note ? { note: act.note } : {})
    case "verify_identity":
      return null
  }
}
