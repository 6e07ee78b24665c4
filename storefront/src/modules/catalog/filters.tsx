import { getTranslations } from "next-intl/server"
import {
  ENERGY_CLASSES,
  FITTINGS,
  IP_RATINGS,
  KELVIN_BANDS,
  SORT_ORDERS,
  kelvinBand,
  type CatalogItem,
  type CatalogQuery,
  type KelvinBand,
} from "@helder/lighting"
import type { Locale } from "@helder/contract"

type Props = { query: CatalogQuery; items: CatalogItem[]; locale: Locale; action: string }

/**
 * The filter form is a plain GET form, so filters, sort and page live in the URL and work without
 * JavaScript. Only values some product in the listing has are offered.
 */
export async function Filters({ query, items, locale, action }: Props) {
  const t = await getTranslations({ locale, namespace: "catalog" })
  const specs = items.flatMap((item) => item.specs)
  // A value some product has, or one the URL already asks for (so it can be unticked again).
  const offered = <T extends string>(
    all: readonly T[],
    pick: (s: (typeof specs)[number]) => T,
    chosen?: readonly T[],
  ) => all.filter((value) => chosen?.includes(value) || specs.some((spec) => pick(spec) === value))
  const group = <T extends string>(
    name: string,
    legend: string,
    values: T[],
    label: (value: T) => string,
    chosen?: readonly T[],
  ) =>
    values.length === 0 ? null : (
      <fieldset>
        <legend>{legend}</legend>
        {values.map((value) => (
          <label key={value}>
            <input type="checkbox" name={name} value={value} defaultChecked={chosen?.includes(value) ?? false} />{" "}
            {label(value)}
          </label>
        ))}
      </fieldset>
    )
  const same = (value: string) => value
  return (
    <form className="filters" action={action} method="get" aria-label={t("filters")}>
      {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
      <fieldset>
        <legend>{t("sort")}</legend>
        <select name="sort" defaultValue={query.sort} aria-label={t("sort")}>
          {SORT_ORDERS.map((order) => (
            <option key={order} value={order}>
              {t(`sortOrder.${order}`)}
            </option>
          ))}
        </select>
      </fieldset>
      {group(
        "fitting",
        t("fitting"),
        offered(FITTINGS, (s) => s.fitting, query.fitting),
        same,
        query.fitting,
      )}
      {group(
        "kelvin",
        t("kelvin"),
        offered(Object.keys(KELVIN_BANDS) as KelvinBand[], (s) => kelvinBand(s.kelvin), query.kelvin),
        (band) => t(`band.${band}`),
        query.kelvin,
      )}
      {group(
        "energy",
        t("energy"),
        offered(ENERGY_CLASSES, (s) => s.energy_class, query.energy),
        same,
        query.energy,
      )}
      {group(
        "ip",
        t("ip"),
        offered(IP_RATINGS, (s) => s.ip_rating, query.ip),
        same,
        query.ip,
      )}
      {specs.some((spec) => spec.dimmable) || query.dimmable ? (
        <fieldset>
          <legend className="skip">{t("dimmable")}</legend>
          <label>
            <input type="checkbox" name="dimmable" value="1" defaultChecked={query.dimmable === "1"} /> {t("dimmable")}
          </label>
        </fieldset>
      ) : null}
      {specs.length > 0 ? (
        <fieldset>
          <legend>{t("wattage")}</legend>
          <div className="range">
            <input
              type="number"
              name="wmin"
              min={0}
              step="any"
              placeholder={t("min")}
              aria-label={`${t("wattage")} ${t("min")}`}
              defaultValue={query.wmin}
            />
            <input
              type="number"
              name="wmax"
              min={0}
              step="any"
              placeholder={t("max")}
              aria-label={`${t("wattage")} ${t("max")}`}
              defaultValue={query.wmax}
            />
          </div>
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t("price")}</legend>
        <div className="range">
          <input
            type="number"
            name="pmin"
            min={0}
            step="any"
            placeholder={t("min")}
            aria-label={`${t("price")} ${t("min")}`}
            defaultValue={query.pmin}
          />
          <input
            type="number"
            name="pmax"
            min={0}
            step="any"
            placeholder={t("max")}
            aria-label={`${t("price")} ${t("max")}`}
            defaultValue={query.pmax}
          />
        </div>
      </fieldset>
      <div className="row">
        <button type="submit">{t("apply")}</button>
        <a className="button secondary" href={action}>
          {t("reset")}
        </a>
      </div>
    </form>
  )
}
