import "server-only"
import type { DeliveryOptionsResponse } from "@helder/schemas"
import { CACHE_TAGS } from "@helder/contract"
import { storeFetch } from "../medusa"

/** The shop's delivery and return options as configured in Medusa; shop settings, cached with the regions. */
export function listDeliveryOptions(): Promise<DeliveryOptionsResponse> {
  return storeFetch<DeliveryOptionsResponse>("/store/delivery-options", { tags: [CACHE_TAGS.regions] })
}
