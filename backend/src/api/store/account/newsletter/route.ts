import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { NewsletterStatusAnswer } from "@helder/contract"
import { Modules } from "@medusajs/framework/utils"
import { NEWSLETTER_MODULE } from "../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../modules/newsletter/service"
import { setNewsletterStatusWorkflow } from "../../../../workflows/newsletter/set-newsletter-status"

async function subscriptionOf(req: AuthenticatedMedusaRequest) {
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.auth_context.actor_id)
  const [subscription] = await req.scope
    .resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
    .listNewsletterSubscriptions({ email: customer.email })
  return subscription
}

/** GET /store/account/newsletter — the logged-in customer's newsletter status. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<NewsletterStatusAnswer>) {
  res.json({ status: (await subscriptionOf(req))?.status ?? "none" })
}

/** DELETE /store/account/newsletter — unsubscribes from the account page. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<NewsletterStatusAnswer>) {
  const subscription = await subscriptionOf(req)
  if (subscription && subscription.status !== "unsubscribed") {
    await setNewsletterStatusWorkflow(req.scope).run({
      input: { status: "unsubscribed", subscription_id: subscription.id, source: "account" },
    })
  }
  res.json({ status: "unsubscribed" })
}
