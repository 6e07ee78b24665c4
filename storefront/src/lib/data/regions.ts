import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { STORE_FIELDS } from "@helder/schemas"
import { CACHE_TAGS } from "@helder/contract"
import { storeFetch } from "../medusa"

/** The region that serves a country; catalog prices are shown for the Netherlands by default. */
export async function getRegion(countryCode = "nl"): Promise<HttpTypes.StoreRegion> {
  const { regions } = await storeFetch<{ regions: HttpTypes.StoreRegion[] }>("/store/regions", {
    query: { fields: STORE_FIELDS.regions },
    tags: [CACHE_TAGS.regions],
  })
  const region = regions.find((r) => r.countries?.some((country) => country.iso_2 === countryCode))
  if (!region) throw new Error(`no region serves country ${countryCode}`)
  return region
}
