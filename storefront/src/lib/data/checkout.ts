import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { AccountSession } from "../cookies"
import { StoreApiError, storeFetch } from "../medusa"
import { retrying } from "../retry"

/** Delivery options the backend offers for this cart's address (the store API leaves return options out). */
export async function listShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await storeFetch<{ shipping_options: HttpTypes.StoreCartShippingOption[] }>(
    "/store/shipping-options",
    { query: { cart_id: cartId } },
  )
  return shipping_options
}

/** Payment providers enabled for the region. */
export async function listPaymentProviders(regionId: string): Promise<HttpTypes.StorePaymentProvider[]> {
  const { payment_providers } = await storeFetch<{ payment_providers: HttpTypes.StorePaymentProvider[] }>(
    "/store/payment-providers",
    { query: { region_id: regionId } },
  )
  return payment_providers
}

/**
 * Sets contact details and addresses in the region of the delivery country. When one call changes
 * the region, Medusa replaces the shipping address with the bare country of a one-country region
 * (core-flows update-cart, "regionIsNew"), so a Belgian order lost its street: the region moves first.
 */
export async function updateCartAddress(
  cart: { id: string; region_id?: string | null },
  regionId: string,
  body: Record<string, unknown>,
) {
  if (cart.region_id !== regionId)
    await storeFetch(`/store/carts/${cart.id}`, { method: "POST", body: { region_id: regionId } })
  await storeFetch(`/store/carts/${cart.id}`, { method: "POST", body })
}

/** Chooses the delivery option. */
export async function setShippingMethod(cartId: string, optionId: string) {
  await storeFetch(`/store/carts/${cartId}/shipping-methods`, { method: "POST", body: { option_id: optionId } })
}

type PaymentCollectionResponse = { payment_collection: HttpTypes.StorePaymentCollection }

/** Opens a payment session with the chosen provider and returns it (Stripe's holds the client secret). */
export async function initiatePayment(
  cartId: string,
  providerId: string,
): Promise<HttpTypes.StorePaymentSession | undefined> {
  const { payment_collection } = await storeFetch<PaymentCollectionResponse>("/store/payment-collections", {
    method: "POST",
    body: { cart_id: cartId },
  })
  const { payment_collection: updated } = await storeFetch<PaymentCollectionResponse>(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { method: "POST", body: { provider_id: providerId } },
  )
  return updated.payment_sessions?.find((session) => session.provider_id === providerId)
}

type CompleteResponse =
  | { type: "order"; order: HttpTypes.StoreOrder }
  | { type: "cart"; cart: HttpTypes.StoreCart; error: { message: string; name: string; type: string } }

/**
 * Turns the cart into an order; the backend re-checks stock, payment and totals. Under a burst of
 * orders Medusa may answer 409 when a lock the completion needs stayed taken too long (BENCHMARKS.md,
 * issue 8); completing the same cart again is safe (it never makes a second order), so that is retried.
 */
export async function completeCart(cartId: string): Promise<CompleteResponse> {
  return retrying(
    () => storeFetch<CompleteResponse>(`/store/carts/${cartId}/complete`, { method: "POST" }),
    (error) => error instanceof StoreApiError && error.status === 409,
  )
}

/** Makes the cart the logged-in customer's, so the order lands in their history. */
export async function assignCartToCustomer(cartId: string, auth: AccountSession) {
  await storeFetch(`/store/carts/${cartId}/customer`, { method: "POST", auth })
}
