import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

/**
 * Whom a restriction or objection reaches besides its address: the account registered under it (so a
 * logged-in visit is recognised) and its newsletter subscription. Only reads, so nothing to compensate.
 */
export const findLimitSubjectStep = createStep(
  "find-limit-subject",
  async ({ email }: { email: string | null }, { container }) => {
    if (!email) return new StepResponse({ customer_id: null, subscription_id: null })
    const customers = container.resolve(Modules.CUSTOMER)
    const [customer] = await customers.listCustomers({ email, has_account: true }, { select: ["id"], take: 1 })
    const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
    const live = { email, status: ["pending" as const, "confirmed" as const] }
    const [subscription] = await newsletter.listNewsletterSubscriptions(live, { select: ["id"], take: 1 })
    return new StepResponse({ customer_id: customer?.id ?? null, subscription_id: subscription?.id ?? null })
  }
)
