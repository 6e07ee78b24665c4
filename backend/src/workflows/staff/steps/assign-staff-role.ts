import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

export type AssignStaffRoleInput = { user_id: string; role: string | null; assigned_by: string | null }

/** Gives a staff user a role (or none); compensation puts the previous role back. */
export const assignStaffRoleStep = createStep(
  "assign-staff-role",
  async (input: AssignStaffRoleInput, { container }) => {
    const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
    const previous = await staff.roleOf(input.user_id)
    await staff.assignRole(input.user_id, input.role, input.assigned_by)
    return new StepResponse({ previous, role: input.role }, { ...input, role: previous })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<StaffModuleService>(STAFF_MODULE).assignRole(undo.user_id, undo.role, undo.assigned_by)
  }
)
