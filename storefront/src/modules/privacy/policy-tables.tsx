import { getTranslations } from "next-intl/server"
import { allServices, PERMISSION_NAMES, ROLES, type DataMap, type RoleId } from "@helder/privacy"
import type { Locale } from "@helder/contract"
import { getPublishedPolicy } from "@/lib/data/policy"

/** The seeds' table of parties that receive data: party / purpose / location / service (and role). */
export async function RecipientsTable({ map, locale }: { map: DataMap; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "privacy" })
  return (
    <table className="lines" data-testid="recipients">
      <thead>
        <tr>
          <th>{t("colParty")}</th>
          <th>{t("colPurpose")}</th>
          <th>{t("colLocation")}</th>
          <th>{t("colService")}</th>
          <th>{t("colRole")}</th>
        </tr>
      </thead>
      <tbody>
        {map.recipients.map((r) => (
          <tr key={r.id} data-recipient={r.id} data-promise="P-recipients">
            <td>{r.party}</td>
            <td>{r.purpose[locale]}</td>
            <td>{r.location[locale]}</td>
            <td>{r.service[locale]}</td>
            <td>{t(`role.${r.role}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Every retention rule of the map, as the retention engine applies it. */
export async function RetentionTable({ map, locale }: { map: DataMap; locale: Locale }) {
  return (
    <ul data-testid="retention">
      {map.retention.map((rule) => (
        <li key={rule.id} data-rule={rule.id} data-promise="P-retention-terms">
          {rule.description[locale]}
        </li>
      ))}
    </ul>
  )
}

/** The seeds' cookie table (party / type / location / service) with each cookie's name, lifetime and purpose. */
export async function CookieTable({ map, locale }: { map: DataMap; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "privacy" })
  const categories = new Map(map.consentCategories.map((c) => [c.id, c.name[locale]]))
  const rows = allServices(map).flatMap((service) => service.cookies.map((cookie) => ({ service, cookie })))
  return (
    <table className="lines" data-testid="cookies">
      <thead>
        <tr>
          <th>{t("colCookie")}</th>
          <th>{t("colParty")}</th>
          <th>{t("colType")}</th>
          <th>{t("colLocation")}</th>
          <th>{t("colService")}</th>
          <th>{t("colLifetime")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ service, cookie }) => (
          <tr key={`${service.id}-${cookie.name}`} data-cookie={cookie.name} data-promise="P-cookie-table">
            <td>
              <code>{cookie.name}</code>
            </td>
            <td>{service.party === "first-party" ? t("firstParty") : service.party}</td>
            <td>{categories.get(service.category)}</td>
            <td>{service.location[locale]}</td>
            <td>
              {service.name}: {cookie.purpose[locale]}
            </td>
            <td>{cookie.lifetime[locale]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * The staff roles in force (the backend enforces the same table): what each may do, and whether it needs a second
 * factor.
 */
export async function StaffTable({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "privacy" })
  return (
    <table className="lines" data-testid="staff-roles">
      <thead>
        <tr>
          <th>{t("colStaffRole")}</th>
          <th>{t("colMay")}</th>
          <th>{t("colTwoFactor")}</th>
        </tr>
      </thead>
      <tbody>
        {(Object.keys(ROLES) as RoleId[]).map((id) => (
          <tr key={id} data-role={id} data-promise="P-staff-roles">
            <td>{ROLES[id].name[locale]}</td>
            <td>
              {ROLES[id].permissions
                .filter((p) => p !== "shell")
                .map((p) => PERMISSION_NAMES[p][locale])
                .join(", ")}
            </td>
            <td>{t(ROLES[id].twoFactor ? "yes" : "no")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Every published edition with its date and what changed, newest first. */
export async function VersionHistory({ locale }: { locale: Locale }) {
  const { map } = await getPublishedPolicy()
  return (
    <ul data-testid="versions">
      {[...map.policyVersions].reverse().map((v) => (
        <li key={v.id} data-promise="P-policy-version">
          <strong>{v.effective}</strong> — {v.changes[locale]}
        </li>
      ))}
    </ul>
  )
}
