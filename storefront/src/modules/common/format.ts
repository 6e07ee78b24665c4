/** A euro amount as shoppers in the locale write it (€ 12,95 in Dutch). */
export function formatPrice(amount: number | null | undefined, locale: string): string {
  if (amount === null || amount === undefined) return "—"
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-IE", { style: "currency", currency: "EUR" }).format(
    amount,
  )
}
