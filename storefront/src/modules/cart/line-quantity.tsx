"use client"

import { useActionState, useEffect } from "react"
import { useTranslations } from "next-intl"
import { refreshVisitor } from "@/modules/layout/visitor-links"
import { updateLineItem } from "./actions"

const ERROR_KEYS: Record<string, string> = { out_of_stock: "outOfStock", invalid_quantity: "invalidQuantity" }

/** Quantity field and remove button of one cart line. */
export function LineQuantity({ lineId, quantity, title }: { lineId: string; quantity: number; title: string }) {
  const t = useTranslations("cart")
  const te = useTranslations("errors")
  const [state, action, pending] = useActionState(updateLineItem, null)
  useEffect(() => {
    if (state?.ok) refreshVisitor()
  }, [state])
  return (
    <div>
      <form action={action} className="row">
        <input type="hidden" name="line_id" value={lineId} />
        <input
          type="number"
          name="quantity"
          defaultValue={quantity}
          min={0}
          max={99}
          aria-label={`${t("quantity")}: ${title}`}
          style={{ width: "5rem" }}
        />
        <button type="submit" className="secondary" disabled={pending}>
          {t("update")}
        </button>
        <button type="submit" className="secondary" name="quantity" value="0" disabled={pending}>
          {t("remove")}
        </button>
      </form>
      {state && !state.ok ? <p role="alert">{te(ERROR_KEYS[state.error ?? ""] ?? "rejected")}</p> : null}
    </div>
  )
}
