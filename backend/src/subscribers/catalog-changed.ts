import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { queueStorefrontRevalidation } from "../lib/storefront-revalidation"

/**
 * Which of the storefront's cache tags an event touches. Product pages carry the "products" tag as
 * well as their own, so one tag refreshes lists and pages alike (a variant's price included).
 */
const TAGS_BY_EVENT: Record<string, ("products" | "categories" | "regions")[]> = {
  "product.created": ["products"],
  "product.updated": ["products"],
  "product.deleted": ["products"],
  "product-variant.created": ["products"],
  "product-variant.updated": ["products"],
  "product-variant.deleted": ["products"],
  "product-category.created": ["categories", "products"],
  "product-category.updated": ["categories", "products"],
  "product-category.deleted": ["categories", "products"],
  "region.updated": ["regions", "products"],
}

/** A catalog change reaches shoppers within seconds instead of at the cache's five-minute expiry. */
export default async function catalogChangedHandler({ event, container }: SubscriberArgs<unknown>) {
  const tags = TAGS_BY_EVENT[event.name]
  if (tags) await queueStorefrontRevalidation(tags, container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = { event: Object.keys(TAGS_BY_EVENT) }
