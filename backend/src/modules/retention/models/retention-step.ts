import { model } from "@medusajs/framework/utils"
import RetentionRun from "./retention-run"

/** One retention rule within a run: how many batches and rows, where it got to, and a few sample ids. */
const RetentionStep = model.define("retention_step", {
  id: model.id({ prefix: "rstep" }).primaryKey(),
  rule: model.text(),
  category: model.text(),
  action: model.text(),
  batches: model.number().default(0),
  rows: model.number().default(0),
  errors: model.number().default(0),
  /** The last id handled, written with its batch: where a run that stopped halfway had got to. */
  cursor: model.text().nullable(),
  /** Up to five ids the step selected, as { ids } (a dry run's preview). */
  samples: model.json().nullable(),
  finished_at: model.dateTime().nullable(),
  run: model.belongsTo(() => RetentionRun, { mappedBy: "steps" }),
})

export default RetentionStep
