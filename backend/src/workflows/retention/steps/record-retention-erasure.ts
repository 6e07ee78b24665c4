import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dataRequestRow } from "../../privacy-requests/data-request-row"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

export type RecordRetentionErasureInput = { warning: { id: string; customer_id: string; email: string }; at: string }

/**
 * Records the erasure of an inactive account as a request (channel "retention"), scheduled now, which closes login.
 * Not compensated: a request whose erasure failed stays scheduled and the due-erasures run takes it up.
 */
export const recordRetentionErasureStep = createStep(
  "record-retention-erasure",
  async ({ warning, at }: RecordRetentionErasureInput, { container }) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const request = await requests.createDataRequests({
      ...dataRequestRow(
        {
          kind: "erasure",
          channel: "retention",
          email: warning.email,
          customer_id: warning.customer_id,
          identity_method: "inactive account, warned by e-mail",
        },
        new Date(at),
      ),
      status: "scheduled",
      scheduled_for: new Date(at),
    })
    return new StepResponse(request.id)
  },
)
