import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEventStep } from "../audit/steps/record-audit-event"
import { disableSecondFactorStep } from "./steps/disable-second-factor"
import { endStaffSessionsStep } from "./steps/end-staff-sessions"

export type ResetSecondFactorInput = { user_id: string; actor_id: string; reason: string }

/** An owner resets a colleague's second factor (a lost phone): audited with the reason, their logins end. */
export const resetSecondFactorWorkflow = createWorkflow("reset-second-factor", (input: ResetSecondFactorInput) => {
  // On the log first: a reset that then fails is still on record as attempted, never the other way round.
  recordAuditEventStep(
    transform({ input }, ({ input }) => ({
      actor_type: "user" as const,
      actor_id: input.actor_id,
      action: "staff-second-factor-reset",
      subject_type: "staff" as const,
      subject_id: input.user_id,
      reason: input.reason,
    })),
  )
  const result = disableSecondFactorStep(transform({ input }, ({ input }) => ({ user_id: input.user_id })))
  endStaffSessionsStep(transform({ input }, ({ input }) => ({ user_id: input.user_id })))
  return new WorkflowResponse(result)
})
