import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { DeliveryOption, DeliveryOptionsResponse } from "@helder/schemas"

type OptionRow = {
  id: string
  name: string
  type?: { code?: string | null; description?: string | null } | null
  prices?:
    ({ amount?: number | string | null; currency_code?: string | null; price_rules?: unknown[] | null } | null)[] | null
  rules?: ({ attribute?: string | null; value?: unknown } | null)[] | null
  service_zone?: { geo_zones?: ({ country_code?: string | null } | null)[] | null } | null
}

const rule = (option: OptionRow, attribute: string) => option.rules?.find((r) => r?.attribute === attribute)?.value

/** The option's flat euro price: the currency-wide one, which the seed sets alike for every region. */
function asDeliveryOption(option: OptionRow): DeliveryOption {
  const prices = (option.prices ?? []).flatMap((price) => (price?.currency_code === "eur" ? [price] : []))
  const price = prices.find((p) => !p.price_rules?.length) ?? prices[0]
  return {
    id: option.id,
    name: option.name,
    code: option.type?.code ?? null,
    description: option.type?.description ?? null,
    amount: Number(price?.amount ?? 0),
    currency_code: "eur",
    countries: [
      ...new Set(
        (option.service_zone?.geo_zones ?? []).flatMap((zone) => (zone?.country_code ? [zone.country_code] : [])),
      ),
    ],
  }
}

/**
 * GET /store/delivery-options — the shipping options open to the store, with price and countries, for
 * the delivery and returns pages (Medusa lists options only for a cart). Shop settings, no personal data.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<DeliveryOptionsResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: [
      "id",
      "name",
      "type.code",
      "type.description",
      "prices.amount",
      "prices.currency_code",
      "prices.price_rules.attribute",
      "rules.attribute",
      "rules.value",
      "service_zone.geo_zones.country_code",
    ],
  })
  const options = (data as OptionRow[]).filter((option) => String(rule(option, "enabled_in_store")) === "true")
  const byPrice = (a: DeliveryOption, b: DeliveryOption) => a.amount - b.amount || a.name.localeCompare(b.name)
  res.json({
    delivery_options: options
      .filter((option) => String(rule(option, "is_return")) !== "true")
      .map(asDeliveryOption)
      .sort(byPrice),
    return_options: options
      .filter((option) => String(rule(option, "is_return")) === "true")
      .map(asDeliveryOption)
      .sort(byPrice),
  })
}
