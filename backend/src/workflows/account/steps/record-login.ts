import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { now } from "../../../lib/clock"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"
import { RETENTION_MODULE } from "../../../modules/retention"
import type RetentionModuleService from "../../../modules/retention/service"

/**
 * Notes the login on the account's profile (the retention engine counts inactivity from it) and cancels a
 * warning that the account would be erased for inactivity: logging in is how a customer keeps the account.
 */
export const recordLoginStep = createStep("record-login", async (customerId: string, { container }) => {
  const at = now()
  const account = container.resolve<AccountModuleService>(ACCOUNT_MODULE)
  const [profile] = await account.listAccountProfiles({ customer_id: customerId }, { select: ["id"] })
  if (profile) await account.updateAccountProfiles({ id: profile.id, last_login_at: at })
  const retention = container.resolve<RetentionModuleService>(RETENTION_MODULE)
  const open = await retention.listInactivityWarnings({ customer_id: customerId, status: "warned" }, { select: ["id"] })
  if (open.length)
    await retention.updateInactivityWarnings(
      open.map((w) => ({ id: w.id, status: "cancelled" as const, resolved_at: at })),
    )
  return new StepResponse({ cancelled_warnings: open.length })
})
