import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEventStep } from "../audit/steps/record-audit-event"
import { erasureScheduledMail, scheduleErasureStep } from "../erasure/steps/schedule-erasure"
import { sendMailStep } from "../mail/steps/send-mail"
import { endNewsletterStep } from "./steps/end-newsletter"
import { issueRequestTokenStep } from "./steps/issue-request-token"
import { verifyRequestTokenStep } from "./steps/verify-request-token"

/**
 * A guest followed the mailed link. An export gets a download link for the page to show; an erasure goes
 * on the clock like an account's (undo link mailed); an objection ends the newsletter at once (art. 21(3));
 * a correction, restriction or objection waits for staff on the privacy desk.
 */
export const verifyGuestRequestWorkflow = createWorkflow(
  "verify-guest-request",
  (input: { secret: string; storefront_url: string }) => {
    const request = verifyRequestTokenStep(input)
    recordAuditEventStep(
      transform({ request }, ({ request }) => ({
        actor_type: "guest" as const,
        actor_id: request.id,
        action: "identity_verified",
        subject_type: "data_request" as const,
        subject_id: request.id,
      })),
    )
    const download = when({ request }, ({ request }) => request.kind === "export").then(() =>
      issueRequestTokenStep(transform({ request }, ({ request }) => ({ request_id: request.id }))),
    )
    when("objection-ends-newsletter", { request }, ({ request }) => request.kind === "objection").then(() => {
      endNewsletterStep(transform({ request }, ({ request }) => ({ email: request.email, customer_id: null })))
    })
    const scheduled = when({ request }, ({ request }) => request.kind === "erasure").then(() => {
      const erasure = scheduleErasureStep(transform({ request }, ({ request }) => ({ request_id: request.id })))
      sendMailStep(
        transform({ input, erasure }, ({ input, erasure }) => erasureScheduledMail(erasure, input.storefront_url)),
      )
      return erasure
    })
    return new WorkflowResponse(
      transform({ request, download, scheduled }, ({ request, download, scheduled }) => ({
        kind: request.kind,
        download_token: download?.secret ?? null,
        scheduled_for: scheduled?.scheduled_for ?? null,
      })),
    )
  },
)
