import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"
import { erasePersonalData, type ErasureTarget } from "../../../personal-data/erase"

/**
 * Erases in one database transaction (see erasePersonalData). No compensation: erased data cannot be
 * brought back, which is why this step comes after everything that can still fail harmlessly.
 */
export const erasePersonalDataStep = createStep("erase-personal-data", async (target: ErasureTarget, { container }) => {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
  return new StepResponse(await erasePersonalData(pg, target, requests))
})
