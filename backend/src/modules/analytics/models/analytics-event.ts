import { model } from "@medusajs/framework/utils"
import { ANALYTICS_EVENTS, DEVICE_CLASSES } from "@helder/privacy"

/**
 * One counted event of the first-party statistics, only with analytics consent: which event on which
 * page template (and product), the device class and a random key that changes every day. No IP
 * address, user agent, e-mail, order or customer id, a random id and times to the hour only (a
 * trigger truncates them), so an event cannot be matched to an order and so to a person.
 */
const AnalyticsEvent = model.define("analytics_event", {
  id: model.id({ prefix: "aev" }).primaryKey(),
  name: model.enum([...ANALYTICS_EVENTS]),
  path: model.text(),
  product_id: model.text().nullable(),
  device_class: model.enum([...DEVICE_CLASSES]),
  visitor_key: model.text(),
  locale: model.enum(["nl", "en"]),
  occurred_at: model.dateTime().index(),
})

export default AnalyticsEvent
