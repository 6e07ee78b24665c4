import { model } from "@medusajs/framework/utils"
import DataRequest from "./data-request"

/** After an erasure: a recipient from the register that must be told (art. 19 GDPR), and whether it was. */
const RecipientNotice = model.define("recipient_notice", {
  id: model.id({ prefix: "rnot" }).primaryKey(),
  recipient_id: model.text(),
  party: model.text(),
  state: model.enum(["pending", "notified", "not_needed"]).default("pending"),
  notified_at: model.dateTime().nullable(),
  notified_by: model.text().nullable(),
  note: model.text().nullable(),
  request: model.belongsTo(() => DataRequest, { mappedBy: "notices" }),
})

export default RecipientNotice
