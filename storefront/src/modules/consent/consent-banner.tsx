import { allServices, bannerText, consentExpiry, currentPolicyVersion } from "@helder/privacy"
import type { Locale } from "@/lib/adapter"
import { getConsentCookie } from "@/lib/cookies"
import { dataMap, integrations } from "@/lib/privacy"
import { CookieBanner } from "./cookie-banner"

/**
 * The banner with everything it needs from the data map: the text (telling a returning visitor what
 * changed since their choice), the cookies each category's withdrawal deletes and the configured tags.
 */
export async function ConsentBanner({ locale }: { locale: Locale }) {
  const now = new Date()
  const current = currentPolicyVersion(dataMap, now)
  const revision = dataMap.policyVersions.indexOf(current) + 1
  const chosen = await getConsentCookie()
  const seenVersion = chosen && chosen.revision < revision ? (dataMap.policyVersions[chosen.revision - 1]?.id ?? null) : null
  const cookies: Record<string, { name: string; pattern: boolean }[]> = {}
  for (const service of allServices(dataMap)) (cookies[service.category] ??= []).push(...service.cookies.map(({ name, pattern }) => ({ name, pattern })))
  return (
    <CookieBanner
      text={bannerText(dataMap, locale, now, { seenVersion })}
      gpcNotice={bannerText(dataMap, locale, now, { gpc: true }).gpcNotice ?? ""}
      revision={revision}
      cookieName={dataMap.consent.cookie}
      validDays={Math.round((consentExpiry(dataMap, now).getTime() - now.getTime()) / 86_400_000)}
      cookies={cookies}
      tags={{ ga4: integrations.ga4MeasurementId, metaPixel: integrations.metaPixelId }}
      consentPagePath={`/${locale}/cookies/consent`}
    />
  )
}
