import { useTranslations } from "next-intl"
import { formatPrice } from "./format"

/**
 * A reduction's prior price (Directive 98/6/EC art. 6a), struck through and said in words, so a
 * screen reader announces what the struck price is. Renders nothing without a prior price.
 */
export function PriorPrice({
  priorPrice,
  locale,
  as: Tag = "span",
}: {
  priorPrice: number | null
  locale: string
  as?: "span" | "p"
}) {
  const t = useTranslations("product")
  if (priorPrice === null) return null
  return (
    <Tag className="prior-price" data-testid="prior-price">
      {t.rich("priorPrice", { price: formatPrice(priorPrice, locale), s: (chunks) => <s>{chunks}</s> })}
    </Tag>
  )
}
