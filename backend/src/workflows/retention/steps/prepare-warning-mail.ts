import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { warningDelivered } from "../../../personal-data/inactive-accounts"

export type PrepareWarningMailInput = { warning_id: string; active_again: boolean }

/**
 * What a recorded warning needs next: closing (the account was used again), its mail, or only its grace period (an
 * earlier attempt's mail was delivered). Reads only.
 */
export const prepareWarningMailStep = createStep(
  "prepare-warning-mail",
  async (input: PrepareWarningMailInput, { container }) => {
    if (input.active_again) return new StepResponse("cancel" as const)
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    return new StepResponse((await warningDelivered(pg, input.warning_id)) ? ("start" as const) : ("send" as const))
  },
)
