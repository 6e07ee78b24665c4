import { z } from "zod"
import { PASSWORD_MAX_LENGTH } from "./password"

const locale = z.enum(["nl", "en"]).default("nl")

/** "Verwijder mijn account": the password once more, and an explicit yes. */
export const erasureRequestSchema = z
  .object({
    password: z.string().min(1, "enter your password").max(PASSWORD_MAX_LENGTH + 1),
    confirm: z.literal(true, "confirm that your account and data will be deleted"),
    locale,
  })
  .strict()
export type ErasureRequest = z.infer<typeof erasureRequestSchema>
