import { defineMiddlewares } from "@medusajs/framework/http"
import { notFound } from "../lib/not-found"
import { accountMiddlewares } from "./store/account/middlewares"

export default defineMiddlewares({
  routes: [
    ...accountMiddlewares,
    // Customers log in only through /store/account/login (verified e-mail, password policy, sessions);
    // Medusa's own customer auth routes would bypass all of that.
    { matcher: "/auth/customer/*", middlewares: [notFound] },
  ],
})
