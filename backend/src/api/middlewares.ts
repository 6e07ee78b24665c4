import { defineMiddlewares, type MiddlewareRoute } from "@medusajs/framework/http"
import { redactLoggedUrl } from "../lib/request-log"
import { securityHeaders } from "../lib/security-headers"
import { surfaceGuard } from "./surface/guard"
import { staffAuthMiddlewares } from "./auth/middlewares"
import { adminCatalogImportMiddlewares } from "./admin/catalog-imports/middlewares"
import { adminContactMiddlewares } from "./admin/contact-messages/middlewares"
import { adminInvoiceMiddlewares } from "./admin/invoices/middlewares"
import { needToKnowMiddlewares } from "./admin/need-to-know/middlewares"
import { adminOrderSearchMiddlewares } from "./admin/orders/middlewares"
import { adminOrderLookupMiddlewares } from "./admin/order-lookup/middlewares"
import { adminPrivacyMiddlewares } from "./admin/privacy-requests/middlewares"
import { adminProductMiddlewares } from "./admin/products/middlewares"
import { adminRetentionMiddlewares } from "./admin/retention/middlewares"
import { adminStaffMiddlewares } from "./admin/staff/middlewares"
import { accountMiddlewares } from "./store/account/middlewares"
import { analyticsMiddlewares } from "./store/analytics/middlewares"
import { cartMiddlewares } from "./store/carts/middlewares"
import { consentMiddlewares } from "./store/consents/middlewares"
import { contactMiddlewares } from "./store/contact/middlewares"
import { newsletterMiddlewares } from "./store/newsletter/middlewares"
import { orderReturnMiddlewares } from "./store/order-link/middlewares"
import { priorPricesMiddlewares } from "./store/prior-prices/middlewares"
import { privacyMiddlewares } from "./store/privacy/middlewares"
import { withdrawalLinkMiddlewares } from "./store/withdrawal-link/middlewares"

export default defineMiddlewares({
  routes: [
    // Medusa's routes and Helder's alike (the admin app under /app sets its own): no personal data or ids
    // in the request log, security headers, and the surface table's verdict (404 for anything unlisted).
    ...["/store*", "/admin*", "/auth*", "/hooks*", "/cloud*"].map((matcher): MiddlewareRoute => ({
      matcher,
      middlewares: [redactLoggedUrl, securityHeaders, surfaceGuard],
    })),
    ...staffAuthMiddlewares,
    ...accountMiddlewares,
    ...analyticsMiddlewares,
    ...cartMiddlewares,
    ...consentMiddlewares,
    ...contactMiddlewares,
    ...adminCatalogImportMiddlewares,
    ...adminContactMiddlewares,
    ...adminInvoiceMiddlewares,
    ...adminOrderLookupMiddlewares,
    ...needToKnowMiddlewares,
    // After need-to-know: the search is allowed and its reason logged before it is answered.
    ...adminOrderSearchMiddlewares,
    ...adminPrivacyMiddlewares,
    ...adminProductMiddlewares,
    ...adminRetentionMiddlewares,
    ...adminStaffMiddlewares,
    ...newsletterMiddlewares,
    ...orderReturnMiddlewares,
    ...priorPricesMiddlewares,
    ...privacyMiddlewares,
    ...withdrawalLinkMiddlewares,
  ],
})
