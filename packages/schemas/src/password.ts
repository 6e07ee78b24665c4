import { dictionary } from "@zxcvbn-ts/language-common"
import { z } from "zod"

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128

/** The 10 000 most common passwords (zxcvbn-ts's ranked list), lower case. */
const COMMON_PASSWORDS = new Set(dictionary["passwords-common"].slice(0, 10000).map((p) => p.toLowerCase()))

/** Why a password is refused; the storefront shows a sentence per reason. */
export type PasswordProblem = "too_short" | "too_long" | "too_common" | "contains_email"

/** The first rule of Helder's password policy a password breaks, or null when it passes. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "too_short"
  if (password.length > PASSWORD_MAX_LENGTH) return "too_long"
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return "too_common"
  const local = email?.split("@")[0]?.toLowerCase() ?? ""
  if (local.length >= 3 && password.toLowerCase().includes(local)) return "contains_email"
  return null
}

/** A password field checked against the policy; the issue message is the PasswordProblem code. */
export const passwordSchema = (email?: string) =>
  z.string().superRefine((password, ctx) => {
    const problem = passwordProblem(password, email)
    if (problem) ctx.addIssue({ code: "custom", message: problem })
  })
