import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { RetentionRule } from "@helder/privacy"
import { customerSubject } from "../../personal-data/data-subject"
import { openOrders } from "../../personal-data/open-orders"
import { pendingWarnings } from "../../personal-data/inactive-accounts"
import { eraseInactiveAccountWorkflow } from "./erase-inactive-account"
import { mailInactivityWarningWorkflow } from "./mail-inactivity-warning"
import type { DueWarning } from "./retention-tasks"

const DAY = 24 * 60 * 60 * 1000

/**
 * Mails every recorded warning that has not gone out yet, one workflow each, then its grace period starts. A mail that
 * fails is tried again on the next run; the others still go. Returns how many grace periods started.
 */
export async function mailInactivityWarnings(container: MedusaContainer, at: Date, rule: RetentionRule) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const eraseAfter = new Date(at.getTime() + (rule.graceDays ?? 0) * DAY).toISOString()
  let mailed = 0
  for (const warning of await pendingWarnings(pg)) {
    const input = { warning, at: at.toISOString(), erase_after: eraseAfter, keep: rule.keep }
    const { result } = await mailInactivityWarningWorkflow(container)
      .run({ input })
      .catch(() => ({ result: false }))
    if (result) mailed++
  }
  return mailed
}

/**
 * Erases the accounts a run's erase phase left, one erasure workflow each (one transaction, residue scan, receipt
 * mail). An account with an order still open waits for the next run. Returns how many warnings closed as erased.
 */
export async function eraseInactiveAccounts(container: MedusaContainer, warnings: DueWarning[], at: Date) {
  let erased = 0
  for (const warning of warnings) {
    const subject = await customerSubject(container, warning.customer_id)
    if (subject && (await openOrders(container, subject.orderIds, at)).length) continue
    const { result } = await eraseInactiveAccountWorkflow(container).run({
      input: { warning, at: at.toISOString() },
    })
    erased += result
  }
  return erased
}
