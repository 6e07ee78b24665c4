import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

/** Writes a desk action's change to a request; the compensation puts the previous values back. */
export const updateDataRequestStep = createStep(
  "update-data-request",
  async ({ id, update }: { id: string; update: Record<string, unknown> }, { container }) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const before = Object.entries(await requests.retrieveDataRequest(id)).filter(([key]) => key in update)
    await requests.updateDataRequests({ id, ...update })
    return new StepResponse({ id }, { id, ...Object.fromEntries(before) })
  },
  async (previous, { container }) => {
    if (previous)
      await container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE).updateDataRequests(previous)
  },
)
