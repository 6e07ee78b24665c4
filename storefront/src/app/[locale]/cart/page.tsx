import type { Locale } from "@helder/contract"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { ProductView } from "@/lib/adapter"
import { retrieveCart } from "@/lib/data/cart"
import { listProductsById } from "@/lib/data/products"
import { LineQuantity } from "@/modules/cart/line-quantity"
import { Totals } from "@/modules/cart/totals"
import { formatPrice } from "@/modules/common/format"
import { EnergyBadge } from "@/modules/energy-label/energy-badge"

/** A light source line's energy label beside its price (Regulation (EU) 2019/2015, Annex VIII), from the catalog. */
function LineEnergyLabel({
  products,
  productId,
  variantId,
}: {
  products: ProductView[]
  productId?: string | null
  variantId?: string | null
}) {
  const product = products.find((candidate) => candidate.id === productId)
  const label = product?.variants.find((variant) => variant.id === variantId)?.energyLabel
  if (!product || !label || !variantId) return null
  return <EnergyBadge label={label} handle={product.handle} variantId={variantId} />
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
  const products = await listProductsById(
    [...new Set(items.flatMap((item) => (item.product_id ? [item.product_id] : [])))],
    locale,
  )
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
                <LineEnergyLabel products={products} productId={item.product_id} variantId={item.variant_id} />
              </td>
              <td>
                <LineQuantity lineId={item.id} quantity={item.quantity} title={item.product_title ?? ""} />
              </td>
              <td className="price">{formatPrice(item.total, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Totals totals={cart} locale={locale} />
      <p style={{ textAlign: "right" }}>
        <Link href="/checkout" className="button">
          {t("checkout")}
        </Link>
      </p>
    </>
  )
}
