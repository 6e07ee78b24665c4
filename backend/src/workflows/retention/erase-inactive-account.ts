import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { eraseDataSubjectWorkflow } from "../erasure/erase-data-subject"
import { cancelRetentionErasureStep } from "./steps/cancel-retention-erasure"
import { checkAccountUsedAgainStep } from "./steps/check-account-used-again"
import { closeInactivityWarningsStep } from "./steps/close-inactivity-warnings"
import { recordRetentionErasureStep, type RecordRetentionErasureInput } from "./steps/record-retention-erasure"

/**
 * Erases one inactive account (its orders all closed) through the same path as a customer's own request: a request and
 * the erasure workflow, with its receipt mailed. The request is recorded first, which closes login; only then is the
 * account checked once more, so a login just before cannot be overtaken by the erasure. Answers how many warnings
 * closed as erased (0 or 1).
 */
export const eraseInactiveAccountWorkflow = createWorkflow(
  "erase-inactive-account",
  (input: RecordRetentionErasureInput) => {
    const requestId = recordRetentionErasureStep(input)
    const active = checkAccountUsedAgainStep(transform({ input }, ({ input }) => ({ warning_id: input.warning.id })))
    when("account-used-again", { active }, ({ active }) => active).then(() => {
      cancelRetentionErasureStep(
        transform({ input, requestId }, ({ input, requestId }) => ({ request_id: requestId, at: input.at })),
      )
      closeInactivityWarningsStep(
        transform({ input }, ({ input }) => ({ ids: [input.warning.id], status: "cancelled" as const })),
      ).config({ name: "close-used-account-warning" })
    })
    const erased = when("account-unused", { active }, ({ active }) => !active).then(() => {
      eraseDataSubjectWorkflow.runAsStep({
        input: transform({ requestId }, ({ requestId }) => ({ request_id: requestId })),
      })
      return closeInactivityWarningsStep(
        transform({ input }, ({ input }) => ({ ids: [input.warning.id], status: "erased" as const })),
      ).config({ name: "close-erased-account-warning" })
    })
    return new WorkflowResponse(transform({ erased }, ({ erased }) => erased ?? 0))
  },
)
