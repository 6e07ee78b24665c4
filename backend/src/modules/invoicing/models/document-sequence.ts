import { model } from "@medusajs/framework/utils"

/** The last number given out per calendar year and document kind; the row lock keeps numbering gapless. */
const DocumentSequence = model
  .define("invoicing_sequence", {
    id: model.id({ prefix: "invseq" }).primaryKey(),
    year: model.number(),
    kind: model.enum(["invoice", "credit_note"]),
    last_number: model.number().default(0),
  })
  .indexes([{ on: ["year", "kind"], unique: true }])

export default DocumentSequence
