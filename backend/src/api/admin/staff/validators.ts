import { z } from "zod"
import { ROLE_IDS, type RoleId } from "../../surface/roles"

export const roleChangeSchema = z
  .object({
    role: z.enum(ROLE_IDS as [RoleId, ...RoleId[]]).nullable(),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()
export type RoleChange = z.infer<typeof roleChangeSchema>

export const secondFactorResetSchema = z
  .object({ reason: z.string().trim().min(5, "say why (at least 5 characters)").max(500) })
  .strict()
export type SecondFactorReset = z.infer<typeof secondFactorResetSchema>
