import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deferErasureWorkflow } from "./defer-erasure"
import { eraseDataSubjectWorkflow } from "./erase-data-subject"
import { findOpenOrdersStep, type FindOpenOrdersInput } from "./steps/find-open-orders"

/** Runs one erasure request now: erased when all its orders are closed, otherwise deferred until they are. */
export const processErasureWorkflow = createWorkflow("process-erasure", (input: FindOpenOrdersInput) => {
  const found = findOpenOrdersStep(input)
  when("orders-open", { found }, ({ found }) => found.open).then(() => {
    deferErasureWorkflow.runAsStep({
      input: transform({ input, found }, ({ input, found }) => ({
        request_id: input.request.id,
        retry_at: found.retry_at!,
        reason: found.reason,
        orders: found.orders,
      })),
    })
  })
  when("orders-closed", { found }, ({ found }) => !found.open).then(() => {
    eraseDataSubjectWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ request_id: input.request.id })),
    })
  })
  return new WorkflowResponse(
    transform({ found }, ({ found }): "erased" | "deferred" => (found.open ? "deferred" : "erased")),
  )
})
