import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendMailStep } from "../mail/steps/send-mail"
import { deferErasureStep, type DeferErasureInput } from "./steps/defer-erasure"
import { formatLongDate } from "@helder/contract"

/** An erasure whose orders are still open waits for them; the person hears of it once. */
export const deferErasureWorkflow = createWorkflow("defer-erasure", (input: DeferErasureInput & { orders: string }) => {
  const deferred = deferErasureStep(input)
  when({ deferred }, ({ deferred }) => deferred.first && Boolean(deferred.email)).then(() => {
    sendMailStep(
      transform({ input, deferred }, ({ input, deferred }) => ({
        to: deferred.email,
        template: "erasure-deferred",
        locale: deferred.locale,
        data: { orders: input.orders, retry_at: formatLongDate(input.retry_at, deferred.locale) },
      })),
    )
  })
  return new WorkflowResponse(deferred)
})
