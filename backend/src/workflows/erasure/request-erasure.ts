import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeCustomerSessionsStep } from "../account/steps/revoke-customer-sessions"
import { recordAuditEventStep } from "../audit/steps/record-audit-event"
import { sendMailStep } from "../mail/steps/send-mail"
import { createDataRequestStep } from "../privacy-requests/steps/create-data-request"
import { erasureScheduledMail, scheduleErasureStep } from "./steps/schedule-erasure"
import type { Locale } from "@helder/contract"

export type RequestErasureInput = { customer_id: string; email: string; locale: Locale; storefront_url: string }

/**
 * "Verwijder mijn account", after the password was re-entered: the request is recorded and scheduled for
 * the end of the undo window, every session ends (login stays blocked until then), and an undo link is mailed.
 */
export const requestErasureWorkflow = createWorkflow("request-erasure", (input: RequestErasureInput) => {
  const request = createDataRequestStep(
    transform({ input }, ({ input }) => ({
      kind: "erasure" as const,
      channel: "self_service" as const,
      email: input.email,
      locale: input.locale,
      customer_id: input.customer_id,
      identity_method: "password",
    })),
  )
  const scheduled = scheduleErasureStep(transform({ request }, ({ request }) => ({ request_id: request.id })))
  revokeCustomerSessionsStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id })))
  recordAuditEventStep(
    transform({ input, request }, ({ input, request }) => ({
      actor_type: "customer" as const,
      actor_id: input.customer_id,
      action: "erasure_requested",
      subject_type: "data_request" as const,
      subject_id: request.id,
    })),
  )
  sendMailStep(
    transform({ input, scheduled }, ({ input, scheduled }) => erasureScheduledMail(scheduled, input.storefront_url)),
  )
  return new WorkflowResponse(
    transform({ request, scheduled }, ({ request, scheduled }) => ({
      id: request.id,
      scheduled_for: scheduled.scheduled_for,
    })),
  )
})
