"use client"

import { useActionState, useEffect, useState } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { VariantView } from "@/lib/adapter"
import { track } from "@/modules/analytics/track"
import { addToCart } from "@/modules/cart/actions"
import { refreshVisitor } from "@/modules/layout/visitor-links"
import { formatPrice } from "@/modules/common/format"
import { PriorPrice } from "@/modules/common/prior-price"

type Props = {
  productId: string
  options: { title: string; values: string[] }[]
  variants: VariantView[]
  locale: string
  /** Server-rendered specs per variant id, so switching variants needs no request. */
  specs: Record<string, React.ReactNode>
  /** Server-rendered energy labels (light sources only) per variant id, shown beside the price. */
  labels: Record<string, React.ReactNode>
}

const ERROR_KEYS: Record<string, string> = {
  out_of_stock: "outOfStock",
  invalid_quantity: "invalidQuantity",
  rejected: "rejected",
}

/** Option selects, price, stock and the add-to-cart form for the chosen variant. */
export function VariantPicker({ productId, options, variants, locale, specs, labels }: Props) {
  const t = useTranslations("product")
  const te = useTranslations("errors")
  const first = variants.find((v) => v.stock === null || v.stock > 0) ?? variants[0]
  const [selected, setSelected] = useState<Record<string, string>>(first?.options ?? {})
  const [state, action, pending] = useActionState(addToCart, null)
  const variant = variants.find((v) => options.every((o) => v.options[o.title] === selected[o.title]))
  const soldOut = variant?.stock === 0
  useEffect(() => {
    if (!state?.ok) return
    track("add_to_cart", productId)
    refreshVisitor()
  }, [state, productId])

  return (
    <div className="stack">
      {options.map((option) => (
        <label key={option.title} className="field">
          {option.title}
          <select
            name={option.title}
            value={selected[option.title] ?? ""}
            onChange={(event) => setSelected({ ...selected, [option.title]: event.target.value })}
          >
            {option.values.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </label>
      ))}
      <p className="price" data-testid="variant-price">
        {formatPrice(variant?.price, locale)}
      </p>
      {/* Every variant's label stays in the page and only the chosen one shows:
          swapping them made React leave the old one behind. */}
      {Object.entries(labels).map(([id, label]) =>
        label ? (
          <div key={id} data-variant-label={id} hidden={id !== variant?.id}>
            {label}
          </div>
        ) : null,
      )}
      <PriorPrice priorPrice={variant?.priorPrice ?? null} locale={locale} as="p" />
      <p data-testid="stock">
        {variant?.stock === null || variant?.stock === undefined
          ? null
          : variant.stock === 0
            ? t("outOfStock")
            : variant.stock <= 5
              ? t("lowStock", { count: variant.stock })
              : t("inStock", { count: variant.stock })}
      </p>
      <form action={action} className="row">
        <input type="hidden" name="variant_id" value={variant?.id ?? ""} />
        <label className="field" style={{ flex: "0 0 6rem" }}>
          {t("quantity")}
          <input type="number" name="quantity" defaultValue={1} min={1} max={99} required />
        </label>
        <button type="submit" disabled={!variant || soldOut || pending}>
          {pending ? t("adding") : t("addToCart")}
        </button>
      </form>
      <div aria-live="polite">
        {state?.ok ? (
          <p className="notice ok">
            {t("added")} <Link href="/cart">{t("viewCart")}</Link>
          </p>
        ) : null}
        {state && !state.ok ? (
          <p className="notice error" role="alert">
            {te(ERROR_KEYS[state.error ?? ""] ?? "rejected")}
          </p>
        ) : null}
      </div>
      {variant ? specs[variant.id] : null}
    </div>
  )
}
