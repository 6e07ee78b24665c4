import { getTranslations } from "next-intl/server"
import type { Locale, OrderViewOrder } from "@helder/contract"
import { formatPrice } from "@/modules/common/format"

/** Subtotal, shipping, VAT included and total of a cart or order (both carry these four amounts). */
export async function Totals({
  totals,
  locale,
}: {
  totals: Pick<OrderViewOrder, "item_total" | "shipping_total" | "tax_total" | "total">
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "cart" })
  return (
    <div className="totals" data-testid="totals">
      <div>
        <span>{t("subtotal")}</span>
        <span>{formatPrice(totals.item_total, locale)}</span>
      </div>
      <div>
        <span>{t("shipping")}</span>
        <span>{formatPrice(totals.shipping_total, locale)}</span>
      </div>
      <div className="muted">
        <span>{t("tax")}</span>
        <span>{formatPrice(totals.tax_total, locale)}</span>
      </div>
      <div className="grand">
        <span>{t("total")}</span>
        <span>{formatPrice(totals.total, locale)}</span>
      </div>
    </div>
  )
}
