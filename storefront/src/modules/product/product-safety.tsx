import type { Locale } from "@helder/contract"
import { getTranslations } from "next-intl/server"
import type { OperatorView, SafetyView, VariantView } from "@/lib/adapter"

function Operator({ operator }: { operator: OperatorView }) {
  return (
    <address>
      {operator.name}
      <br />
      {operator.address}
      <br />
      <a href={`mailto:${operator.email}`}>{operator.email}</a>
    </address>
  )
}

/**
 * What a distance sale must show before the purchase (Regulation (EU) 2023/988, art. 19): the maker,
 * its EU responsible person, the identifiers of every variant (the picture is the product image above)
 * and the warnings in the page's language. Server-rendered, so it is there without JavaScript too.
 */
export async function ProductSafety({
  safety,
  variants,
  locale,
}: {
  safety: SafetyView
  variants: VariantView[]
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "productSafety" })
  const identified = variants.flatMap((variant) =>
    variant.identity ? [{ title: variant.title, ...variant.identity }] : [],
  )
  const batches = identified.some((variant) => variant.batch)
  return (
    <section className="product-safety stack" data-testid="product-safety" aria-labelledby="product-safety-title">
      <h2 id="product-safety-title">{t("title")}</h2>
      <dl>
        <dt>{t("manufacturer")}</dt>
        <dd data-testid="manufacturer">
          <Operator operator={safety.manufacturer} />
        </dd>
        {safety.responsiblePerson ? (
          <>
            <dt>{t("responsiblePerson")}</dt>
            <dd data-testid="responsible-person">
              <Operator operator={safety.responsiblePerson} />
            </dd>
          </>
        ) : null}
      </dl>
      <table className="specs" data-testid="product-identification">
        <caption>{t("identification")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("variant")}</th>
            <th scope="col">{t("model")}</th>
            <th scope="col">{t("ean")}</th>
            {batches ? <th scope="col">{t("batch")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {identified.map((variant) => (
            <tr key={variant.ean}>
              <td>{variant.title}</td>
              <td>{variant.model}</td>
              <td>{variant.ean}</td>
              {batches ? <td>{variant.batch ?? ""}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t("warnings")}</h3>
      <ul data-testid="safety-warnings">
        {safety.warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </section>
  )
}
