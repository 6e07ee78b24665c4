import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { resolveWarnings } from "../../../personal-data/inactive-accounts"

export type CloseInactivityWarningsInput = { ids: string[]; status: "cancelled" | "erased" }

/**
 * Closes open warnings: cancelled (the account was used again) or erased; returns how many closed. Not compensated: the
 * close records what happened to the account, which a later failure does not undo.
 */
export const closeInactivityWarningsStep = createStep(
  "close-inactivity-warnings",
  async (input: CloseInactivityWarningsInput, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    return new StepResponse(await resolveWarnings(pg, input.ids, input.status))
  },
)
