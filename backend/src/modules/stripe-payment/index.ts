import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripePaymentService from "./service"

/** Stripe as a payment provider whose API address is configurable (STRIPE_API_BASE). */
export default ModuleProvider(Modules.PAYMENT, { services: [StripePaymentService] })
