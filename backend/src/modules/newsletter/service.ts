import { MedusaService } from "@medusajs/framework/utils"
import NewsletterConsentEvent from "./models/newsletter-consent-event"
import NewsletterSubscription from "./models/newsletter-subscription"

/** Newsletter subscriptions and the proof of each opt-in and opt-out. */
export default class NewsletterModuleService extends MedusaService({
  NewsletterSubscription,
  NewsletterConsentEvent,
}) {}
