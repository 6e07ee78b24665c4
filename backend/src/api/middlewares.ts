import { defineMiddlewares } from "@medusajs/framework/http"
import { notFound } from "../lib/not-found"
import { redactLoggedUrl } from "../lib/request-log"
import { securityHeaders } from "../lib/security-headers"
import { adminContactMiddlewares } from "./admin/contact-messages/middlewares"
import { adminInvoiceMiddlewares } from "./admin/invoices/middlewares"
import { adminPrivacyMiddlewares } from "./admin/privacy-requests/middlewares"
import { adminProductMiddlewares } from "./admin/products/middlewares"
import { adminRetentionMiddlewares } from "./admin/retention/middlewares"
import { accountMiddlewares } from "./store/account/middlewares"
import { analyticsMiddlewares } from "./store/analytics/middlewares"
import { consentMiddlewares } from "./store/consents/middlewares"
import { contactMiddlewares } from "./store/contact/middlewares"
import { newsletterMiddlewares } from "./store/newsletter/middlewares"
import { orderReturnMiddlewares } from "./store/order-link/middlewares"
import { privacyMiddlewares } from "./store/privacy/middlewares"

export default defineMiddlewares({
  routes: [
    // Medusa's routes and Helder's alike (the admin app under /app sets its own): security headers, and
    // no personal data from query strings in the request log.
    ...["/store*", "/admin*", "/auth*", "/hooks*"].map((matcher) => ({ matcher, middlewares: [securityHeaders, redactLoggedUrl] })),
    ...accountMiddlewares,
    ...analyticsMiddlewares,
    ...consentMiddlewares,
    ...contactMiddlewares,
    ...adminContactMiddlewares,
    ...adminInvoiceMiddlewares,
    ...adminPrivacyMiddlewares,
    ...adminProductMiddlewares,
    ...adminRetentionMiddlewares,
    ...newsletterMiddlewares,
    ...orderReturnMiddlewares,
    ...privacyMiddlewares,
    // Customers log in only through /store/account/login (verified e-mail, password policy, sessions);
    // Medusa's own customer auth routes would bypass all of that.
    { matcher: "/auth/customer/*", middlewares: [notFound] },
    // Medusa's return route trusts anyone who knows an order id; Helder's returns check who asks.
    { matcher: "/store/returns", method: ["POST"], middlewares: [notFound] },
  ],
})
