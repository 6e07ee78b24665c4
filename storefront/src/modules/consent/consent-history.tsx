import { getTranslations } from "next-intl/server"
import type { Locale } from "@helder/contract"
import type { ConsentRecordView } from "@/lib/data/consent"

/** A table of stored cookie choices with everything the proof holds. */
export async function ConsentHistory({
  records,
  locale,
  downloadHref,
}: {
  records: ConsentRecordView[]
  locale: Locale
  downloadHref: string
}) {
  const t = await getTranslations({ locale, namespace: "privacy" })
  const when = (iso: string) =>
    new Date(iso).toLocaleString(locale === "nl" ? "nl-NL" : "en-GB", { timeZone: "Europe/Amsterdam" })
  return (
    <>
      <table className="lines" data-testid="consent-history">
        <thead>
          <tr>
            <th>{t("colGiven")}</th>
            <th>{t("colCategories")}</th>
            <th>{t("colVersion")}</th>
            <th>{t("colSource")}</th>
            <th>{t("colExpires")}</th>
            <th>{t("colHash")}</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.id} data-consent-record={r.id}>
              <td>{when(r.given_at)}</td>
              <td data-testid="consent-categories">{r.categories.join(", ")}</td>
              <td>{r.policy_version}</td>
              <td>{t(`source.${r.source === "settings" || r.source === "gpc" ? r.source : "banner"}`)}</td>
              <td>{when(r.expires_at)}</td>
              <td>
                <code>{r.text_hash}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={downloadHref} download>
          {t("download")}
        </a>
      </p>
    </>
  )
}
