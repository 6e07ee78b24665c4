import { getTranslations } from "next-intl/server"
import { ENERGY_CLASSES, FITTINGS, IP_RATINGS, KELVIN_BANDS, SORT_ORDERS, type CatalogQuery, type CatalogItem } from "@helder/lighting"
import type { Locale } from "@/lib/adapter"

type Props = { query: CatalogQuery; items: CatalogItem[]; locale: Locale; action: string }

/**
 * The filter form is a plain GET form, so filters, sort and page live in the URL and work without
 * JavaScript. Only values some product in the listing has are offered.
 */
export async function Filters({ query, items, locale, action }: Props) {
  const t = await getTranslations({ locale, namespace: "catalog" })
  const specs = items.flatMap((item) => item.specs)
  const present = <T extends string>(all: readonly T[], pick: (s: (typeof specs)[number]) => T) =>
    all.filter((value) => specs.some((spec) => pick(spec) === value))
  const checkbox = (name: string, value: string, label: string, checked: boolean) => (
    <label key={value}>
      <input type="checkbox" name={name} value={value} defaultChecked={checked} /> {label}
    </label>
  )
  return (
    <form className="filters" action={action} method="get" aria-label={t("filters")}>
      {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
      <fieldset>
        <legend>{t("sort")}</legend>
        <select name="sort" defaultValue={query.sort} aria-label={t("sort")}>
          {SORT_ORDERS.map((order) => (
            <option key={order} value={order}>{t(`sortOrder.${order}`)}</option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>{t("fitting")}</legend>
        {present(FITTINGS, (s) => s.fitting).map((f) => checkbox("fitting", f, f, query.fitting?.includes(f) ?? false))}
      </fieldset>
      <fieldset>
        <legend>{t("kelvin")}</legend>
        {(Object.keys(KELVIN_BANDS) as (keyof typeof KELVIN_BANDS)[]).map((band) =>
          checkbox("kelvin", band, t(`band.${band}`), query.kelvin?.includes(band) ?? false)
        )}
      </fieldset>
      <fieldset>
        <legend>{t("energy")}</legend>
        {present(ENERGY_CLASSES, (s) => s.energy_class).map((e) => checkbox("energy", e, e, query.energy?.includes(e) ?? false))}
      </fieldset>
      <fieldset>
        <legend>{t("ip")}</legend>
        {present(IP_RATINGS, (s) => s.ip_rating).map((ip) => checkbox("ip", ip, ip, query.ip?.includes(ip) ?? false))}
      </fieldset>
      <fieldset>
        <legend className="skip">{t("dimmable")}</legend>
        {checkbox("dimmable", "1", t("dimmable"), query.dimmable === "1")}
      </fieldset>
      <fieldset>
        <legend>{t("wattage")}</legend>
        <div className="range">
          <input type="number" name="wmin" min={0} step="any" placeholder={t("min")} aria-label={`${t("wattage")} ${t("min")}`} defaultValue={query.wmin} />
          <input type="number" name="wmax" min={0} step="any" placeholder={t("max")} aria-label={`${t("wattage")} ${t("max")}`} defaultValue={query.wmax} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("price")}</legend>
        <div className="range">
          <input type="number" name="pmin" min={0} step="any" placeholder={t("min")} aria-label={`${t("price")} ${t("min")}`} defaultValue={query.pmin} />
          <input type="number" name="pmax" min={0} step="any" placeholder={t("max")} aria-label={`${t("price")} ${t("max")}`} defaultValue={query.pmax} />
        </div>
      </fieldset>
      <div className="row">
        <button type="submit">{t("apply")}</button>
        <a className="button secondary" href={action}>{t("reset")}</a>
      </div>
    </form>
  )
}
