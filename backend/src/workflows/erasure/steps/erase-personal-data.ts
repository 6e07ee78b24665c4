import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { erasePersonalData, type ErasureTarget } from "../../../personal-data/erase"

/**
 * Erases in one database transaction (see erasePersonalData). No compensation: erased data cannot be
 * brought back, which is why this step comes after everything that can still fail harmlessly.
 */
export const erasePersonalDataStep = createStep("erase-personal-data", async (target: ErasureTarget, { container }) => {
  return new StepResponse(await erasePersonalData(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), target))
})
