import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { getProduct } from "@/lib/data/products"
import { ContainedLightSources } from "@/modules/energy-label/contained-light-sources"
import { EnergyBadge } from "@/modules/energy-label/energy-badge"
import { ProductSafety } from "@/modules/product/product-safety"
import { SpecsTable } from "@/modules/product/specs-table"
import { TrackEvent } from "@/modules/analytics/track-event"
import { VariantPicker } from "@/modules/product/variant-picker"
import { GuaranteeNotice } from "@/modules/shop-info/guarantee-notice"

type Props = { params: Promise<{ locale: Locale; handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const product = await getProduct(handle, locale)
  // notFound() here, before streaming starts, makes an unknown handle a real 404 status.
  if (!product) notFound()
  return { title: product.title, description: product.description.slice(0, 160) }
}

export default async function ProductPage({ params }: Props) {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const product = await getProduct(handle, locale)
  if (!product) notFound()
  const specs = Object.fromEntries(
    product.variants.map((variant) => [
      variant.id,
      variant.spec ? (
        <SpecsTable key={variant.id} spec={variant.spec} material={product.material} locale={locale} />
      ) : null,
    ]),
  )
  const labels = Object.fromEntries(
    product.variants.map((variant) => [
      variant.id,
      variant.energyLabel ? (
        <EnergyBadge key={variant.id} label={variant.energyLabel} handle={product.handle} variantId={variant.id} />
      ) : null,
    ]),
  )
  return (
    <article className="product">
      {product.thumbnail ? (
        <img src={product.thumbnail} alt={product.title} width={600} height={600} fetchPriority="high" />
      ) : (
        <div />
      )}
      <div className="stack">
        <h1>{product.title}</h1>
        <p>{product.description}</p>
        <VariantPicker
          productId={product.id}
          options={product.options}
          variants={product.variants}
          locale={locale}
          specs={specs}
          labels={labels}
        />
        {product.energy?.scope === "containing" ? (
          <ContainedLightSources energy={product.energy} locale={locale} />
        ) : null}
        {product.safety ? <ProductSafety safety={product.safety} variants={product.variants} locale={locale} /> : null}
        <GuaranteeNotice locale={locale} />
        <TrackEvent name="product_view" productId={product.id} />
      </div>
    </article>
  )
}
