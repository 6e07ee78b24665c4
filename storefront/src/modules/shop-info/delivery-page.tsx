import { getTranslations } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { listDeliveryOptions } from "@/lib/data/delivery-options"
import { languageRoute } from "@/modules/common/language-route"
import { formatPrice } from "@/modules/common/format"

/** Delivery: where, the options and their costs as the shop has them configured, and the delivery term. */
async function DeliveryPage({ locale }: { locale: Locale }) {
  const [t, { delivery_options }] = await Promise.all([
    getTranslations({ locale, namespace: "shopInfo" }),
    listDeliveryOptions(),
  ])
  const country = (code: string) => (code === "nl" || code === "be" ? t(`countries.${code}`) : code.toUpperCase())
  return (
    <article className="stack policy" data-testid="delivery-page">
      <h1>{t("deliveryTitle")}</h1>
      <p>{t("deliveryIntro")}</p>
      <h2>{t("deliveryOptionsTitle")}</h2>
      <table className="specs" data-testid="delivery-options">
        <thead>
          <tr>
            <th scope="col">{t("deliveryOption")}</th>
            <th scope="col">{t("deliveryCountries")}</th>
            <th scope="col">{t("deliveryCost")}</th>
          </tr>
        </thead>
        <tbody>
          {delivery_options.map((option) => (
            <tr key={option.id} data-testid="delivery-option">
              <td>
                {option.name}
                {option.description ? <span className="muted"> — {option.description}</span> : null}
              </td>
              <td>{option.countries.map(country).join(", ")}</td>
              <td data-testid="delivery-option-cost">
                {option.amount ? formatPrice(option.amount, locale) : t("free")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("deliveryTermTitle")}</h2>
      <p data-testid="delivery-term">{t("deliveryTerm")}</p>
      <p>{t("deliveryRisk")}</p>
      <p>{t("pickup")}</p>
    </article>
  )
}

/** The route of the delivery page in one language (SHOP_INFO_PATHS.delivery). */
export function deliveryRoute(only: Locale) {
  return languageRoute(only, "shopInfo", "deliveryTitle", async (locale) => <DeliveryPage locale={locale} />)
}
