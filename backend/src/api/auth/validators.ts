import { PASSWORD_MAX_LENGTH, passwordProblem } from "@helder/schemas"
import { z } from "zod"

export const staffLoginSchema = z
  .object({
    email: z.email().max(254),
    password: z
      .string()
      .min(1)
      .max(PASSWORD_MAX_LENGTH + 1),
  })
  .strict()

/** A new staff password (accepting an invite, or a reset link): the customers' policy holds for staff too. */
export const staffPasswordSchema = z
  .object({ email: z.email().max(254).optional(), password: z.string() })
  .superRefine((body, ctx) => {
    const problem = passwordProblem(body.password, { email: body.email })
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem })
  })

/** Medusa Admin asks for ten recovery codes; a request for any other number is refused. */
export const recoveryCodesSchema = z.object({ count: z.literal(10).optional() }).strict()
