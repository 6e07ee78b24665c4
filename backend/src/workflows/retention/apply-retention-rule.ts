import { createStep, createWorkflow, StepResponse, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyRetentionTask, type ApplyRuleInput } from "./retention-tasks"
import { rollUpAnalyticsDaysWorkflow } from "../analytics/roll-up-analytics-days"

/**
 * Applies one retention rule for a run: batch after batch, each selected and changed in its own
 * transaction. Nothing to compensate: a committed batch is what the rule asks for, and the next run
 * carries on from whatever a failure left.
 */
const applyRetentionRuleStep = createStep("apply-retention-rule", async (input: ApplyRuleInput, { container }) => {
  return new StepResponse(await applyRetentionTask(container, input))
})

/** One workflow per data category's rule: the retention engine runs them one after another. */
export const applyRetentionRuleWorkflow = createWorkflow("apply-retention-rule", (input: ApplyRuleInput) => {
  // Daily totals of the statistics stay after their raw events: a real run rolls the days up first (the purge takes
  // only rolled-up days).
  when({ input }, ({ input }) => input.rule === "analytics-events" && !input.dry_run).then(() => {
    rollUpAnalyticsDaysWorkflow.runAsStep({ input: { as_of: input.as_of } })
  })
  return new WorkflowResponse(applyRetentionRuleStep(input))
})
