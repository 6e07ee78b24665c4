import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

/**
 * The erasure is finished, its receipt mailed: the request forgets what its residue check looked for. Last, so a
 * check that fails before it (the receipt's mail) is finished again by the next night's. No compensation.
 */
export const closeResidueCheckStep = createStep(
  "close-residue-check",
  async ({ request_id }: { request_id: string }, { container }) => {
    await container
      .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
      .updateDataRequests({ selector: { id: request_id }, data: { residue_check: null } })
    return new StepResponse(undefined)
  },
)
