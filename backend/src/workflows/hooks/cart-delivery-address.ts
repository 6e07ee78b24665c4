import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refuseUnknownTermsVersion } from "./cart-terms-version"

/** Delivery option types (`shipping_option_type.code`) that hand the goods over in the shop, so need no address. */
export const PICKUP_OPTION_CODES = new Set(["pickup"])

/** The parts of a delivery address a parcel cannot do without, with the words the error uses. */
const REQUIRED_PARTS = [
  ["first_name", "first name"],
  ["last_name", "last name"],
  ["address_1", "street and number"],
  ["postal_code", "postcode"],
  ["city", "city"],
  ["country_code", "country"],
] as const

type AddressLike = Partial<Record<(typeof REQUIRED_PARTS)[number][0], string | null>> | null | undefined

/** What a delivery address lacks, in words; empty when complete. */
export function missingAddressParts(address: AddressLike): string[] {
  return REQUIRED_PARTS.filter(([key]) => !address?.[key]?.trim()).map(([, words]) => words)
}

/**
 * An order whose delivery option ships a parcel must carry the address it ships to. Medusa accepts
 * a cart whose shipping address is only a country (what a region change leaves behind), and the
 * order would then reach the warehouse without one: refuse it before anything is created or paid.
 * Medusa takes one handler per hook, so this one also checks the general terms version.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  refuseUnknownTermsVersion(cart.metadata)
  const optionIds = (cart.shipping_methods ?? []).flatMap((method: { shipping_option_id?: string | null } | null) =>
    method?.shipping_option_id ? [method.shipping_option_id] : [],
  )
  if (optionIds.length === 0) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: options } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "type.code"],
    filters: { id: optionIds },
  })
  const shipping = options.filter((option) => !PICKUP_OPTION_CODES.has(option.type?.code ?? ""))
  if (shipping.length === 0) return
  const missing = missingAddressParts(cart.shipping_address)
  if (missing.length === 0) return
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `${shipping[0]!.name} needs a complete delivery address; missing: ${missing.join(", ")}.`,
  )
})
