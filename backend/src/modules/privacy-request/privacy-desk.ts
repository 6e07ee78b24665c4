import { addDuration, type DataMap } from "@helder/privacy"
import { MedusaError } from "@medusajs/framework/utils"
import type { Locale } from "@helder/contract"

/** What staff do to a request on the privacy desk (besides running its export or erasure). */
export type DeskAction =
  | { action: "extend"; months: number; reason: string }
  | { action: "verify_identity"; method: string }
  | { action: "reject"; reason: string }
  | { action: "complete"; note?: string }
  | { action: "lift"; reason: string }

type Request = {
  kind: string
  status: string
  received_at: Date | string
  due_at: Date | string
  identity_status: string
  extension_reason: string | null
  details: string | null
  lifted_at?: Date | string | null
}

const CLOSED = ["completed", "rejected", "cancelled"]
/** Requests the desk completes by hand: the change is made (a correction) or put in force (restriction, objection). */
const COMPLETED_BY_HAND = ["correction", "restriction", "objection"]
const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * What an upheld objection does to each data category the map bases on consent or legitimate interest
 * (art. 21 covers art. 6(1)(f); a unit test checks this list against the map). Contract and legal
 * obligation are outside art. 21: an objection does not touch orders, invoices or returns.
 */
export const OBJECTION_EFFECTS: Readonly<Record<string, { effect: "stops" | "continues"; why: string }>> = {
  // Direct marketing: an objection is absolute and immediate (art. 21(2)-(3) GDPR).
  newsletter: { effect: "stops", why: "direct marketing: stopped at once and for good (art. 21(2)-(3) GDPR)" },
  // Consent-based: the objection is read as withdrawing that consent (art. 7(3) GDPR).
  analytics: { effect: "stops", why: "statistics rest on consent: the objection withdraws it (art. 7(3) GDPR)" },
  // Compelling legitimate grounds override the objection (art. 21(1) GDPR, second sentence).
  network: {
    effect: "continues",
    why: "securing the shop against abuse: compelling legitimate grounds (art. 21(1), art. 32 GDPR)",
  },
  audit: {
    effect: "continues",
    why: "proving who saw the person's data protects them: compelling legitimate grounds (art. 21(1), art. 5(2) GDPR)",
  },
  "contact-message": {
    effect: "continues",
    why: "kept only to answer the person's own message, then deleted by its term; erasure removes it sooner (art. 17(1)(c) GDPR)",
  },
}

/** Whether a request is past its due date and still open. */
export function isOverdue(request: Pick<Request, "status" | "due_at">, at: Date): boolean {
  return !CLOSED.includes(request.status) && new Date(request.due_at).getTime() < at.getTime()
}

/**
 * The change a desk action makes to a request, or a clear refusal: closed requests stay closed, the answer
 * term grows by at most the map's extension (art. 12(3): two more months) and only with a reason.
 */
export function deskUpdate(request: Request, act: DeskAction, map: DataMap, at: Date): Record<string, unknown> {
  if (act.action === "lift") return liftUpdate(request, act.reason, at)
  if (CLOSED.includes(request.status)) throw refuse(`This request is already ${request.status}.`)
  switch (act.action) {
    case "extend": {
      // The requester must hear of an extension within the first month (art. 12(3) GDPR), not after it.
      if (addDuration(new Date(request.received_at), map.requests.answerWithin).getTime() < at.getTime()) {
        throw refuse("The first month has passed: an extension had to be announced within it (art. 12(3) GDPR).")
      }
      const latest = addDuration(
        addDuration(new Date(request.received_at), map.requests.answerWithin),
        map.requests.extendableBy,
      )
      const due = addDuration(new Date(request.due_at), { months: act.months })
      if (due.getTime() > latest.getTime())
        throw refuse(
          `The answer term can be extended to ${latest.toISOString().slice(0, 10)} at most (art. 12(3) GDPR).`,
        )
      return { due_at: due, extension_reason: [request.extension_reason, act.reason].filter(Boolean).join("\n") }
    }
    case "verify_identity":
      if (request.identity_status === "verified") throw refuse("The identity is already verified.")
      // A guest who could not use the mailed link is verified by staff instead: the request can go on.
      return {
        identity_status: "verified",
        identity_method: `staff: ${act.method}`,
        ...(request.status === "awaiting_verification"
          ? { status: "received", token_hash: null, token_expires_at: null }
          : {}),
      }
    case "reject":
      return {
        status: "rejected",
        rejected_reason: act.reason,
        completed_at: at,
        token_hash: null,
        token_expires_at: null,
      }
    case "complete":
      if (!COMPLETED_BY_HAND.includes(request.kind)) throw refuse("Exports and erasures are completed by running them.")
      if (request.identity_status !== "verified") throw refuse("Verify the requester's identity first.")
      return {
        status: "completed",
        completed_at: at,
        details: act.note ? [request.details, `Done: ${act.note}`].filter(Boolean).join("\n") : request.details,
      }
  }
}

/**
 * Lifting a restriction (art. 18(3)): only one in force, with a reason the requester is mailed before it
 * is lifted. An objection is never lifted: direct marketing stops for good (art. 21(3)).
 */
function liftUpdate(request: Request, reason: string, at: Date): Record<string, unknown> {
  if (request.kind !== "restriction") throw refuse("Only a restriction can be lifted; an objection stays in force.")
  if (request.status !== "completed") throw refuse("This restriction is not in force yet: complete it first.")
  if (request.lifted_at) throw refuse("This restriction was already lifted.")
  return { lifted_at: at, lift_reason: reason }
}

const COMPLETION_MAIL: Record<string, string> = {
  correction: "privacy-request-completed",
  restriction: "privacy-restriction-started",
  objection: "privacy-objection-upheld",
}

/** A desk action's mail to the requester: which template, with what. */
export type DeskMail = { to: string; template: string; locale: Locale; data: Record<string, string> }

/**
 * What the requester hears of a desk action, as the request pages promise: a longer term with its
 * reason and the new date, a rejection with its reason, a correction done, a restriction or objection in
 * force, a restriction about to be lifted (with why). Verifying the identity
 * sends nothing (the next step does), nor does a request without an address.
 */
export function deskMail(
  request: { kind: string; email: string | null; locale: Locale },
  act: DeskAction,
  update: Record<string, unknown>,
): DeskMail | null {
  if (!request.email) return null
  const mail = (template: string, data: Record<string, string>): DeskMail => ({
    to: request.email!,
    template,
    locale: request.locale,
    data,
  })
  switch (act.action) {
    case "extend": {
      const due = new Date(update.due_at as Date)
      const date = due.toLocaleDateString(request.locale === "nl" ? "nl-NL" : "en-GB", {
        timeZone: "Europe/Amsterdam",
        day: "numeric",
        month: "long",
        year: "numeric",
      })
      return mail("privacy-request-extended", { reason: act.reason, due_date: date })
    }
    case "reject":
      return mail("privacy-request-rejected", { reason: act.reason })
    case "complete": {
      return mail(COMPLETION_MAIL[request.kind] ?? "privacy-request-completed", act.note ? { note: act.note } : {})
    }
    case "lift":
      return mail("privacy-restriction-lifted", { reason: act.reason })
    case "verify_identity":
      return null
  }
}
