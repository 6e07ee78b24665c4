import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { now } from "../../../lib/clock"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

/** Ends every open admin login of a user: after a role change or a reset they log in afresh. */
export const endStaffSessionsStep = createStep(
  "end-staff-sessions",
  async (input: { user_id: string }, { container }) => {
    await container.resolve<StaffModuleService>(STAFF_MODULE).endSessionsOf(input.user_id, now())
    return new StepResponse(undefined)
  },
)
