import { model } from "@medusajs/framework/utils"

/**
 * An account warned that it will be erased for inactivity (no login or order for the map's term): erased
 * after the grace period unless its owner logs in or orders first, which cancels the warning.
 */
const InactivityWarning = model.define("inactivity_warning", {
  id: model.id({ prefix: "inwarn" }).primaryKey(),
  customer_id: model.text().index(),
  /** The last login, order or registration the warning was based on. */
  last_activity_at: model.dateTime(),
  /** When the warning mail went out (the grace period counts from here); empty until it has. */
  warned_at: model.dateTime().nullable(),
  erase_after: model.dateTime().nullable(),
  status: model.enum(["warned", "cancelled", "erased"]).default("warned"),
  resolved_at: model.dateTime().nullable(),
})

export default InactivityWarning
