import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { activeAgain } from "../../../personal-data/inactive-accounts"

/** Whether a warned account came back to life since its warning; read after login closed, so none can overtake it. */
export const checkAccountUsedAgainStep = createStep(
  "check-account-used-again",
  async (input: { warning_id: string }, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    return new StepResponse(await activeAgain(pg, input.warning_id))
  },
)
