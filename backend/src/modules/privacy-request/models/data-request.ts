import { model } from "@medusajs/framework/utils"
import RecipientNotice from "./recipient-notice"

/**
 * A data-subject request (access/export, erasure, correction, restriction, objection) from the account, a
 * guest form or logged by staff from a letter or e-mail: its identity check, its due date (art. 12(3)) and
 * its outcome. A completed restriction is in force until lifted; an objection from the moment its identity
 * is proven, for good.
 */
const DataRequest = model
  .define("data_request", {
    id: model.id({ prefix: "dreq" }).primaryKey(),
    kind: model.enum(["export", "erasure", "correction", "restriction", "objection"]),
    channel: model.enum(["self_service", "guest", "staff", "retention"]),
    status: model.enum([
      "awaiting_verification",
      "received",
      "scheduled",
      "deferred",
      "completed",
      "rejected",
      "cancelled",
    ]),
    customer_id: model.text().index().nullable(),
    /** Cleared when the erasure is done: the request is kept as proof, not as a copy of the address. */
    email: model.text().nullable(),
    /** Keyed hash (HMAC) of the lower-cased e-mail, so a person's requests are found without keeping the address. */
    subject_hash: model.text().index(),
    order_id: model.text().nullable(),
    /** The language the requester wrote in: mails and the receipt use it. */
    locale: model.enum(["nl", "en"]).default("nl"),
    /** What the requester asked for in their words (a correction), or the staff note of a logged request. */
    details: model.text().nullable(),
    received_at: model.dateTime(),
    due_at: model.dateTime(),
    extension_reason: model.text().nullable(),
    identity_status: model.enum(["pending", "verified", "failed"]).default("pending"),
    /** How the identity was checked: password, mailed_link or staff (with a note). */
    identity_method: model.text().nullable(),
    /** SHA-256 of the mailed verification or undo link's secret. */
    token_hash: model.text().unique().nullable(),
    token_expires_at: model.dateTime().nullable(),
    /** For an erasure: when it runs (after the undo window), and again after a deferral. */
    scheduled_for: model.dateTime().nullable(),
    deferred_reason: model.text().nullable(),
    completed_at: model.dateTime().nullable(),
    rejected_reason: model.text().nullable(),
    /** For an erasure: what was deleted, kept (why, until when) and the residue scan's result. */
    receipt: model.json().nullable(),
    /**
     * For an erasure in a database too large to search at once: what the night's residue check looks for (the
     * person's search terms, their orders) and what its receipt will say. Cleared by that check.
     */
    residue_check: model.json().nullable(),
    /** For a restriction (art. 18): when the desk lifted it, after telling the requester (art. 18(3)), and why. */
    lifted_at: model.dateTime().nullable(),
    lift_reason: model.text().nullable(),
    /** The staff user who acted last. */
    handled_by: model.text().nullable(),
    notices: model.hasMany(() => RecipientNotice, { mappedBy: "request" }),
  })
  .cascades({ delete: ["notices"] })

export default DataRequest
