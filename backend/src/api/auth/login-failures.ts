import type { MedusaRequest } from "@medusajs/framework/http"
import { createLimiter } from "../../lib/rate-limit"
import { sign } from "../../lib/signature"
import { sendMailWorkflow } from "../../workflows/mail/send-mail"
import type { Subject } from "./security-events"

/** Failures in a row (password or second factor) after which the staff member gets a mail. */
export const STAFF_FAILURES_BEFORE_MAIL = 5

/** Wrong second-factor codes in 15 minutes after which the account's codes are refused until the window ends. */
export const STAFF_FAILURES_BEFORE_LOCK = 10

/**
 * Failures per account within 15 minutes (passwords and codes); the mail goes out when the count reaches
 * STAFF_FAILURES_BEFORE_MAIL.
 */
const failures = createLimiter("staff-login-failures", 1000, 15 * 60)
/** Wrong codes alone: someone who only knows the address cannot lock the second factor with wrong passwords. */
const codeFailures = createLimiter("staff-code-failures", 1000, 15 * 60)
const failureKey = (userId: string) => sign("rate-limit", `staff-failures:${userId}`)

/** The wrong codes a staff member entered in the current 15 minutes (null: none). */
export const codeFailuresOf = (userId: string) => codeFailures.get(failureKey(userId))

/** Counts a failure; the staff member is mailed once, when failures in a row reach the threshold. */
export async function countFailure(req: MedusaRequest, subject: Subject, { code = false } = {}) {
  if (!subject.userId || !subject.email) return
  if (code) await codeFailures.consume(failureKey(subject.userId))
  const result = await failures.consume(failureKey(subject.userId))
  if (result.consumedPoints !== STAFF_FAILURES_BEFORE_MAIL) return
  await sendMailWorkflow(req.scope).run({
    input: {
      to: subject.email,
      template: "staff-login-failures",
      locale: "nl",
      data: { failures: String(STAFF_FAILURES_BEFORE_MAIL) },
    },
  })
}
