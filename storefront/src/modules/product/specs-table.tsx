import { getTranslations } from "next-intl/server"
import { ATTRIBUTE_UNITS, LIGHTING_ATTRIBUTE_KEYS, type LightingSpec } from "@helder/lighting"
import type { Locale } from "@/lib/adapter"

/** The lighting attributes of one variant, in the shared order with their units. */
export async function SpecsTable({ spec, material, locale }: { spec: LightingSpec; material: string | null; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "product" })
  const number = new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB")
  const show = (key: (typeof LIGHTING_ATTRIBUTE_KEYS)[number]) => {
    const value = spec[key]
    if (value === undefined) return null
    if (typeof value === "boolean") return value ? t("yes") : t("no")
    if (typeof value === "number") return `${number.format(value)} ${ATTRIBUTE_UNITS[key] ?? ""}`.trim()
    return value
  }
  return (
    <table className="specs" data-testid="specs">
      <caption className="skip">{t("specs")}</caption>
      <tbody>
        {LIGHTING_ATTRIBUTE_KEYS.map((key) => {
          const value = show(key)
          return value === null ? null : (
            <tr key={key}>
              <th scope="row">{t(`attribute.${key}`)}</th>
              <td>{key === "energy_class" ? <span className={`energy ${spec.energy_class}`}>{value}</span> : value}</td>
            </tr>
          )
        })}
        {material ? (
          <tr>
            <th scope="row">{t("material")}</th>
            <td>{material}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  )
}
