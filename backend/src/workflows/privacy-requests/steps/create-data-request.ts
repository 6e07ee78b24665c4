import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { now } from "../../../lib/clock"
import { dataRequestRow, type NewDataRequest } from "../data-request-row"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

/** Records a new data-subject request with its due date. */
export const createDataRequestStep = createStep(
  "create-data-request",
  async (input: NewDataRequest, { container }) => {
    const request = await container
      .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
      .createDataRequests(dataRequestRow(input, now()))
    return new StepResponse({ id: request.id }, request.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE).deleteDataRequests(id)
  },
)
