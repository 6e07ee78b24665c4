import { model } from "@medusajs/framework/utils"

/** A second-factor code that was used: the same code cannot log in twice (RFC 6238 §5.2). Kept minutes, not longer. */
const StaffCodeUse = model.define("staff_code_use", {
  id: model.id({ prefix: "staffcode" }).primaryKey(),
  key_hash: model.text().unique(),
  used_at: model.dateTime().index(),
})

export default StaffCodeUse
