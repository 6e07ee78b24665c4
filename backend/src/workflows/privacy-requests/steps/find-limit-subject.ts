import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

/**
 * Whom a restriction or objection reaches besides its address: the account registered under it (so a
 * logged-in visit is recognised) and its newsletter subscription. Only reads, so nothing to compensate.
 */
export const findLimitSubjectStep = createStep("find-limit-subject", async ({ email }: { email: string | null }, { container }) => {
  if (!email) return new StepResponse({ customer_id: null, subscription_id: null })
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email, has_account: true }, { select: ["id"], take: 1 })
  const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [subscription] = await newsletter.listNewsletterSubscriptions({ email, status: ["pending", "confirmed"] }, { select: ["id"], take: 1 })
  return new StepResponse({ customer_id: customer?.id ?? null, subscription_id: subscription?.id ?? null })
})
