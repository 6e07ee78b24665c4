import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEventStep } from "../audit/steps/record-audit-event"
import { assignStaffRoleStep } from "./steps/assign-staff-role"
import { endStaffSessionsStep } from "./steps/end-staff-sessions"

export type AssignStaffRoleWorkflowInput = {
  user_id: string
  role: string | null
  actor_id: string
  reason?: string | null
}

/** An owner gives a colleague a role (or takes it away): on the audit log, and the colleague logs in afresh. */
export const assignStaffRoleWorkflow = createWorkflow("assign-staff-role", (input: AssignStaffRoleWorkflowInput) => {
  const changed = assignStaffRoleStep(
    transform({ input }, ({ input }) => ({ user_id: input.user_id, role: input.role, assigned_by: input.actor_id })),
  )
  endStaffSessionsStep(transform({ input }, ({ input }) => ({ user_id: input.user_id })))
  recordAuditEventStep(
    transform({ input, changed }, ({ input, changed }) => ({
      actor_type: "user" as const,
      actor_id: input.actor_id,
      action: "staff-role-change",
      subject_type: "staff" as const,
      subject_id: input.user_id,
      reason: `${changed.previous ?? "none"} -> ${changed.role ?? "none"}${input.reason ? `: ${input.reason}` : ""}`,
    })),
  )
  return new WorkflowResponse(changed)
})
