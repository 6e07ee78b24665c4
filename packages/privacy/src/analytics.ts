import { z } from "zod"
import { LOCALES } from "./types"
export { pageTemplate } from "./page-template"

/** The only events first-party statistics count. */
export const ANALYTICS_EVENTS = ["page_view", "product_view", "add_to_cart", "begin_checkout", "purchase"] as const
export type AnalyticsEventName = (typeof ANALYTICS_EVENTS)[number]
export const DEVICE_CLASSES = ["mobile", "tablet", "desktop"] as const
export type DeviceClass = (typeof DEVICE_CLASSES)[number]

const productId = z.string().regex(/^prod_[0-9A-Z]{26}$/, "a product id")

/** What the browser sends: the event, the page and, for product events, the product. Nothing about the person. */
export const analyticsBeaconSchema = z
  .object({
    name: z.enum(ANALYTICS_EVENTS),
    path: z.string().startsWith("/").max(500),
    product_id: productId.optional(),
  })
  .strict()
export type AnalyticsBeacon = z.infer<typeof analyticsBeaconSchema>

/** What the storefront passes on: the beacon with a page template, the device class and the day's random key. */
export const analyticsEventSchema = z
  .object({
    name: z.enum(ANALYTICS_EVENTS),
    path: z
      .string()
      .regex(/^\/[a-z0-9\-/:]*$/, "a page template such as /nl/products/:handle")
      .max(200),
    product_id: productId.optional(),
    device_class: z.enum(DEVICE_CLASSES),
    visitor_key: z.string().regex(/^[0-9a-f]{32}$/, "32 hex characters"),
    locale: z.enum(LOCALES),
  })
  .strict()
export type AnalyticsEvent = z.infer<typeof analyticsEventSchema>

/** A device class instead of the user agent: the only thing statistics keep of the browser. */
export function deviceClass(userAgent: string): DeviceClass {
  if (/iPad|Tablet|Nexus (7|9|10)|SM-T\d|Android(?!.*Mobile)/i.test(userAgent)) return "tablet"
  if (/Mobi|iPhone|iPod|Android.*Mobile|Windows Phone/i.test(userAgent)) return "mobile"
  return "desktop"
}
