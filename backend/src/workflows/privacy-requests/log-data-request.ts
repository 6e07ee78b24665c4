import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { NewDataRequest } from "./data-request-row"
import { recordAuditEventStep } from "../audit/steps/record-audit-event"
import { createDataRequestStep } from "./steps/create-data-request"

/** Staff log a request that came by letter, phone or e-mail, so it gets its due date and place on the desk. */
export const logDataRequestWorkflow = createWorkflow(
  "log-data-request",
  (input: NewDataRequest & { actor_id: string }) => {
    const request = createDataRequestStep(input)
    recordAuditEventStep(
      transform({ input, request }, ({ input, request }) => ({
        actor_type: "user" as const,
        actor_id: input.actor_id,
        action: "request_logged",
        subject_type: "data_request" as const,
        subject_id: request.id,
      })),
    )
    return new WorkflowResponse(request)
  },
)
