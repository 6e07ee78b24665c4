import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyRetentionTask, type ApplyRuleInput } from "../../lib/retention/tasks"

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
  return new WorkflowResponse(applyRetentionRuleStep(input))
})
