import { model } from "@medusajs/framework/utils"
import RetentionStep from "./retention-step"

/** One run of the retention engine (nightly, by staff, or from the command line), real or a dry run. */
const RetentionRun = model
  .define("retention_run", {
    id: model.id({ prefix: "rrun" }).primaryKey(),
    trigger: model.enum(["schedule", "staff", "cli"]),
    dry_run: model.boolean().default(false),
    /** "interrupted": the process died mid-run; the next run marks it so and does what it left. */
    status: model.enum(["running", "completed", "failed", "interrupted"]).default("running"),
    /** For a scheduled run, the tick it belongs to: unique, so several workers firing the same tick run it once. */
    slot: model.text().unique().nullable(),
    /** The shop's clock when the run started: every term is measured against this moment. */
    as_of: model.dateTime(),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
    error: model.text().nullable(),
    steps: model.hasMany(() => RetentionStep, { mappedBy: "run" }),
  })
  .cascades({ delete: ["steps"] })

export default RetentionRun
