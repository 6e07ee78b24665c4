import { getTranslations } from "next-intl/server"
import type { HttpTypes } from "@medusajs/types"
import type { Locale } from "@/lib/adapter"
import { formatPrice } from "@/modules/common/format"

/** Subtotal, shipping, VAT included and total of a cart or order. */
export async function Totals({
  totals,
  locale,
}: {
  totals: HttpTypes.StoreCart | HttpTypes.StoreOrder
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
