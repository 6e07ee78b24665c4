import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordConsentEventStep } from "./steps/record-consent-event"
import { setSubscriptionStatusStep } from "./steps/set-subscription-status"

export type SetNewsletterStatusInput =
  | { status: "confirmed"; token: string; source: string }
  | { status: "unsubscribed"; subscription_id: string; source: string }

/** Confirms a subscription (double opt-in link) or ends it (unsubscribe link or account), with proof. */
export const setNewsletterStatusWorkflow = createWorkflow(
  "set-newsletter-status",
  (input: SetNewsletterStatusInput) => {
    const changed = setSubscriptionStatusStep(
      transform({ input }, ({ input }) =>
        input.status === "confirmed"
          ? { status: input.status, token: input.token }
          : { status: input.status, subscription_id: input.subscription_id },
      ),
    )
    recordConsentEventStep(
      transform({ input, changed }, ({ input, changed }) => ({
        subscription_id: changed.subscription_id,
        action: input.status,
        source: input.source,
      })),
    )
    return new WorkflowResponse(changed)
  },
)
