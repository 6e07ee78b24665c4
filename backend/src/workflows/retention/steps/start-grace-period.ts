import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RETENTION_MODULE } from "../../../modules/retention"
import type RetentionModuleService from "../../../modules/retention/service"
import { warningDelivered } from "../../../personal-data/inactive-accounts"

export type StartGracePeriodInput = { warning_id: string; at: string; erase_after: string }

/**
 * Starts a warning's grace period, only once the mail server took its mail: a warning whose mail did not go out is
 * mailed again on the next run (a rare second mail beats an erasure without warning). Not compensated: the mail it
 * records cannot be unsent.
 */
export const startGracePeriodStep = createStep(
  "start-grace-period",
  async (input: StartGracePeriodInput, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    if (!(await warningDelivered(pg, input.warning_id))) return new StepResponse(false)
    await container
      .resolve<RetentionModuleService>(RETENTION_MODULE)
      .startGracePeriod(input.warning_id, new Date(input.at), new Date(input.erase_after))
    return new StepResponse(true)
  },
)
