import { defineMiddlewares } from "@medusajs/framework/http"
import { notFound } from "../lib/not-found"
import { adminContactMiddlewares } from "./admin/contact-messages/middlewares"
import { accountMiddlewares } from "./store/account/middlewares"
import { contactMiddlewares } from "./store/contact/middlewares"
import { newsletterMiddlewares } from "./store/newsletter/middlewares"

export default defineMiddlewares({
  routes: [
    ...accountMiddlewares,
    ...contactMiddlewares,
    ...adminContactMiddlewares,
    ...newsletterMiddlewares,
    // Customers log in only through /store/account/login (verified e-mail, password policy, sessions);
    // Medusa's own customer auth routes would bypass all of that.
    { matcher: "/auth/customer/*", middlewares: [notFound] },
  ],
})
