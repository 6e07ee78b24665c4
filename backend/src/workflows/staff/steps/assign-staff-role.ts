import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

export type AssignStaffRoleInput = { user_id: string; role: string | null; assigned_by: string }

/**
 * Gives a staff user a role (or none), checked within the role lock (the giver still an owner, an owner
 * left); compensation puts the previous role back.
 */
export const assignStaffRoleStep = createStep(
  "assign-staff-role",
  async (input: AssignStaffRoleInput, { container }) => {
    const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
    const { previous } = await staff.assignRole({ user_id: input.user_id, role: input.role, by: input.assigned_by })
    return new StepResponse({ previous, role: input.role }, { user_id: input.user_id, role: previous })
  },
  async (undo, { container }) => {
    if (undo)
      await container
        .resolve<StaffModuleService>(STAFF_MODULE)
        .assignRole({ user_id: undo.user_id, role: undo.role, by: null })
  },
)
