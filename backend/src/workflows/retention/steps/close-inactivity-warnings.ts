import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETENTION_MODULE } from "../../../modules/retention"
import type RetentionModuleService from "../../../modules/retention/service"

export type CloseInactivityWarningsInput = { ids: string[]; status: "cancelled" | "erased" }

/**
 * Closes open warnings: cancelled (the account was used again) or erased; returns how many closed. Not compensated: the
 * close records what happened to the account, which a later failure does not undo.
 */
export const closeInactivityWarningsStep = createStep(
  "close-inactivity-warnings",
  async (input: CloseInactivityWarningsInput, { container }) => {
    const retention = container.resolve<RetentionModuleService>(RETENTION_MODULE)
    return new StepResponse(await retention.resolveWarnings(input.ids, input.status))
  },
)
