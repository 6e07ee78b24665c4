import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dataMap } from "../../lib/data-map"
import { sendMailStep } from "../mail/steps/send-mail"
import { createDataRequestStep } from "./steps/create-data-request"
import { issueRequestTokenStep } from "./steps/issue-request-token"
import type { Locale } from "@helder/contract"

export type SubmitGuestRequestInput = {
  kind: "export" | "erasure" | "correction" | "restriction" | "objection"
  email: string
  order_id: string
  details?: string
  locale: Locale
  storefront_url: string
}

const KIND_WORDS = {
  nl: {
    export: "inzage en een kopie",
    erasure: "verwijdering",
    correction: "correctie",
    restriction: "beperking van het gebruik",
    objection: "bezwaar tegen het gebruik",
  },
  en: {
    export: "see and copy your data",
    erasure: "delete your data",
    correction: "correct your data",
    restriction: "restrict the use of your data",
    objection: "object to the use of your data",
  },
} as const

/**
 * A guest's request, found by their order: recorded as awaiting verification, with a link mailed to the order's
 * address.
 */
export const submitGuestRequestWorkflow = createWorkflow("submit-guest-request", (input: SubmitGuestRequestInput) => {
  const request = createDataRequestStep(
    transform({ input }, ({ input }) => ({
      kind: input.kind,
      channel: "guest" as const,
      email: input.email,
      locale: input.locale,
      order_id: input.order_id,
      details: input.details ?? null,
    })),
  )
  const token = issueRequestTokenStep(transform({ request }, ({ request }) => ({ request_id: request.id })))
  sendMailStep(
    transform({ input, token }, ({ input, token }) => ({
      to: input.email,
      template: "privacy-request-verify",
      locale: input.locale,
      data: { kind: KIND_WORDS[input.locale][input.kind], hours: String(dataMap.requests.linkValidHours) },
      secrets: { link: `${input.storefront_url}/${input.locale}/privacy/request/verify?token=${token.secret}` },
    })),
  )
  return new WorkflowResponse(request)
})
