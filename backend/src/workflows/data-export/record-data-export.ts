import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEventStep, type AuditEventInput } from "../audit/steps/record-audit-event"
import { recordExportRequestStep, type RecordExportRequestInput } from "./steps/record-export-request"

export type RecordDataExportInput = RecordExportRequestInput & {
  actor: Pick<AuditEventInput, "actor_type" | "actor_id">
  reason?: string | null
}

/** Before an export streams: the request is recorded as answered and the export written to the audit log. */
export const recordDataExportWorkflow = createWorkflow("record-data-export", (input: RecordDataExportInput) => {
  const request = recordExportRequestStep(input)
  recordAuditEventStep(
    transform({ input, request }, ({ input, request }) => ({
      ...input.actor,
      action: "export",
      subject_type: input.request.customer_id ? ("customer" as const) : ("data_request" as const),
      subject_id: input.request.customer_id ?? request.id,
      reason: input.reason ?? null,
    })),
  )
  return new WorkflowResponse(request)
})
