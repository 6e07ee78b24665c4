import { MedusaError } from "@medusajs/framework/utils"

/** Where a data request stands, from the guest's unconfirmed form to its end. */
export type DataRequestStatus =
  "awaiting_verification" | "received" | "scheduled" | "deferred" | "completed" | "rejected" | "cancelled"

/** The requests that are over: nothing moves them again. */
export const CLOSED_STATUSES: readonly DataRequestStatus[] = ["completed", "rejected", "cancelled"]

/**
 * Every move a data request can make, with the statuses it may start from: awaiting verification → received →
 * scheduled/deferred → completed/cancelled/rejected. Scheduling and deferring repeat (staff run a deferred erasure
 * now; a deferral is moved on), a closed request never reopens.
 */
export const DATA_REQUEST_MOVES = {
  /** The requester's identity is proven (the mailed link, or staff who saw it). */
  verify: { from: ["awaiting_verification"], to: "received" },
  /** An erasure is put on the clock, or run now by staff. */
  schedule: { from: ["received", "scheduled", "deferred"], to: "scheduled" },
  /** An erasure waits for open orders. */
  defer: { from: ["scheduled", "deferred"], to: "deferred" },
  /** The request is carried out: an export delivered, a correction made, a restriction or objection in force. */
  complete: { from: ["awaiting_verification", "received", "scheduled", "deferred"], to: "completed" },
  /** Staff refuse it, with a reason. */
  reject: { from: ["awaiting_verification", "received", "scheduled", "deferred"], to: "rejected" },
  /** The requester undoes it, or the account it was for turned out to be in use. */
  cancel: { from: ["awaiting_verification", "received", "scheduled", "deferred"], to: "cancelled" },
  /** The requester undoes a waiting erasure with the mailed link (PrivacyRequestModuleService.undoErasure). */
  undoErasure: { from: ["scheduled", "deferred"], to: "cancelled" },
  /** An erasure claims its request as it starts, in its own transaction (PrivacyRequestModuleService.claimErasure). */
  claimErasure: { from: ["received", "scheduled", "deferred"], to: "completed" },
  /** The erasure's receipt is written to the request its claim closed (personal-data/erase.ts, in its transaction). */
  recordErasure: { from: ["completed"], to: "completed" },
  /**
   * An erasure in a database too large to search at once waits for the night's residue check, keeping what it
   * looks for; the request stays claimed and keeps the address until then.
   */
  awaitResidueCheck: { from: ["completed"], to: "completed" },
  /** An erasure whose residue scan still finds the person goes back on the desk: its claim is taken back. */
  holdForResidue: { from: ["completed"], to: "deferred" },
} as const satisfies Record<string, { from: readonly DataRequestStatus[]; to: DataRequestStatus }>

/** A move of the status machine, by name. */
export type DataRequestMove = keyof typeof DATA_REQUEST_MOVES

/** The status a move leads to from `from`, or a refusal (NOT_ALLOWED) that names both. */
export function moveTarget(move: DataRequestMove, from: string): DataRequestStatus {
  const { from: allowed, to } = DATA_REQUEST_MOVES[move]
  if (!(allowed as readonly string[]).includes(from)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `A request that is ${from} cannot be moved to ${to} (${move}).`,
    )
  }
  return to
}

/** The moves staff make on the desk, by the status a desk action names. */
const DESK_MOVES: DataRequestMove[] = ["verify", "schedule", "complete", "reject", "cancel"]

/** The desk's move that takes a request to `to` (a desk action names the status it wants), if there is one. */
export function moveTo(to: string): DataRequestMove | null {
  const found = DESK_MOVES.find((move) => DATA_REQUEST_MOVES[move].to === to)
  return found ?? null
}
