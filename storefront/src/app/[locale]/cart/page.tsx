import type { HttpTypes } from "@medusajs/types"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { energyLabelFromMetadata } from "@helder/lighting"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/lib/adapter"
import { retrieveCart } from "@/lib/data/cart"
import { LineQuantity } from "@/modules/cart/line-quantity"
import { Totals } from "@/modules/cart/totals"
import { formatPrice } from "@/modules/common/format"
import { EnergyBadge } from "@/modules/energy-label/energy-badge"

/** A light source line's energy label beside its price (Regulation (EU) 2019/2015, Annex VIII). */
function LineEnergyLabel({ item }: { item: HttpTypes.StoreCartLineItem }) {
  const label = energyLabelFromMetadata(item.variant?.product?.metadata, item.variant?.metadata)
  if (!label || !item.product_handle || !item.variant_id) return null
  return <EnergyBadge label={label} handle={item.product_handle} variantId={item.variant_id} />
}

export default async function CartPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, cart] = await Promise.all([getTranslations({ locale, namespace: "cart" }), retrieveCart()])
  const items = cart?.items ?? []
  if (!cart || items.length === 0) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p className="notice">{t("empty")}</p>
        <Link href="/">{t("continue")}</Link>
      </>
    )
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <table className="lines">
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-testid="cart-line">
              <td>
                <strong>{item.product_title}</strong>
                <div className="muted">{item.variant_title}</div>
              </td>
              <td>
                {formatPrice(item.unit_price, locale)}
                <LineEnergyLabel item={item} />
              </td>
              <td><LineQuantity lineId={item.id} quantity={item.quantity} title={item.product_title ?? ""} /></td>
              <td className="price">{formatPrice(item.total, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Totals totals={cart} locale={locale} />
      <p style={{ textAlign: "right" }}>
        <Link href="/checkout" className="button">{t("checkout")}</Link>
      </p>
    </>
  )
}
