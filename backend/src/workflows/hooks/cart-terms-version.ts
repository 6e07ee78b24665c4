import { MedusaError } from "@medusajs/framework/utils"
import { termsVersionSchema } from "@helder/schemas"

/**
 * The general terms a cart is ordered under (`metadata.terms_version`, set by the checkout from the
 * edition it showed) must be one the shop published: the order keeps it and the confirmation mail
 * attaches that text, so an unknown one is refused before anything is created or paid. A cart
 * without one (an order made outside the checkout) is let through; its mail carries the edition in
 * force that day.
 */
export function refuseUnknownTermsVersion(metadata: Record<string, unknown> | null | undefined): void {
  const version = metadata?.terms_version
  if (version === undefined || version === null) return
  if (termsVersionSchema.safeParse(version).success) return
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "Unknown general terms version; reload the checkout and order again.",
  )
}
