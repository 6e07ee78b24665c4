import { getTranslations } from "next-intl/server"
import type { LightingSpec } from "@helder/lighting"
import type { Locale } from "@helder/contract"
import { specValues } from "./spec-values"

/** The lighting attributes of one variant, in the shared order with their units. */
export async function SpecsTable({
  spec,
  material,
  locale,
}: {
  spec: LightingSpec
  material: string | null
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "product" })
  return (
    <table className="specs" data-testid="specs">
      <caption className="skip">{t("specs")}</caption>
      <tbody>
        {specValues(spec, locale, { yes: t("yes"), no: t("no") }).map(({ key, value }) => (
          <tr key={key}>
            <th scope="row">{t(`attribute.${key}`)}</th>
            <td>{key === "energy_class" ? <span className={`energy ${spec.energy_class}`}>{value}</span> : value}</td>
          </tr>
        ))}
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
