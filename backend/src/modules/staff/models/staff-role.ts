import { model } from "@medusajs/framework/utils"

/** The role an owner gave a staff user (api/surface/roles.ts). A user without a row has no role: deny by default. */
const StaffRole = model.define("staff_role", {
  id: model.id({ prefix: "staffrole" }).primaryKey(),
  user_id: model.text().unique(),
  role: model.text(),
  /** The owner who gave it; null when `npm start` made the first owner. */
  assigned_by: model.text().nullable(),
})

export default StaffRole
