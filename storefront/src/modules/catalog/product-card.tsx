import type { Locale } from "@helder/contract"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { ProductView } from "@/lib/adapter"
import { formatPrice } from "@/modules/common/format"
import { PriorPrice } from "@/modules/common/prior-price"
import { EnergyBadge } from "@/modules/energy-label/energy-badge"

/**
 * A product tile: image, title, lowest price (with its prior price when reduced) and, for a light
 * source, the energy label of the variant whose price it shows. The label's button sits beside the
 * link, not in it: a link may not contain another control.
 */
export async function ProductCard({ product, locale }: { product: ProductView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "catalog" })
  const several = new Set(product.variants.map((v) => v.price)).size > 1
  const shown = product.variants.find((variant) => variant.price === product.price)
  return (
    <div className="card">
      <Link href={`/products/${product.handle}`} className="card-link" data-testid="product-card">
        {product.thumbnail ? <img src={product.thumbnail} alt="" width={400} height={400} loading="lazy" /> : null}
        <div className="body">
          <span className="title">{product.title}</span>
          <span className="price">
            {several ? t("from", { price: formatPrice(product.price, locale) }) : formatPrice(product.price, locale)}
          </span>
          <PriorPrice priorPrice={product.priorPrice} locale={locale} />
        </div>
      </Link>
      {shown?.energyLabel ? (
        <EnergyBadge label={shown.energyLabel} handle={product.handle} variantId={shown.id} />
      ) : null}
    </div>
  )
}

/** A grid of product tiles. */
export function ProductGrid({ products, locale }: { products: ProductView[]; locale: Locale }) {
  return (
    <div className="grid">
      {products.map((product) => (
        <ProductCard key={product.id} product={product} locale={locale} />
      ))}
    </div>
  )
}
