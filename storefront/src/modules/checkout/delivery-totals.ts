/** What the order costs with one delivery option, in euros incl. VAT. */
export type DeliveryTotal = { optionId: string; shipping: number; total: number }

type CartTotals = { total?: number | null; shipping_total?: number | null }

/**
 * The order's total for each delivery option, so the summary above the button can show the chosen
 * one at once. Delivery prices include VAT (the regions are tax-inclusive), so a total is the cart's
 * total without any delivery chosen earlier, plus the option's price.
 */
export function deliveryTotals(cart: CartTotals, options: { id: string; amount?: number | null }[]): DeliveryTotal[] {
  const withoutDelivery = (cart.total ?? 0) - (cart.shipping_total ?? 0)
  return options.map((option) => {
    const shipping = option.amount ?? 0
    // Cents, so 9.95 + 4.95 is 14.9 and not 14.899999999999999.
    return { optionId: option.id, shipping, total: Math.round((withoutDelivery + shipping) * 100) / 100 }
  })
}
