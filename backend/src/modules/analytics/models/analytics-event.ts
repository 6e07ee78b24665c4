import { model } from "@medusajs/framework/utils"

/**
 * One counted event of the first-party statistics, only with analytics consent: which event on which
 * page template (and product), the device class and a random key that changes every day. No IP
 * address, user agent, e-mail, order or customer id: it cannot be traced to a person.
 */
const AnalyticsEvent = model
  .define("analytics_event", {
    id: model.id({ prefix: "aev" }).primaryKey(),
    name: model.enum(["page_view", "product_view", "add_to_cart", "begin_checkout", "purchase"]),
    path: model.text(),
    product_id: model.text().nullable(),
    device_class: model.enum(["mobile", "tablet", "desktop"]),
    visitor_key: model.text(),
    locale: model.enum(["nl", "en"]),
    occurred_at: model.dateTime().index(),
  })

export default AnalyticsEvent
