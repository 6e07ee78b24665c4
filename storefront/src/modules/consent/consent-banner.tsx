import { allServices, bannerText, consentExpiry } from "@helder/privacy"
import { headers } from "next/headers"
import type { Locale } from "@helder/contract"
import { getPublishedPolicy } from "@/lib/data/policy"
import { integrations } from "@/lib/privacy"
import { policyNonce } from "@/lib/security-headers"
import { CookieBanner } from "./cookie-banner"
import { ConsentPreview, consentStateScript } from "./consent-preview"

/**
 * The banner with everything it needs from the data map and the published editions: the text, what
 * changed since each earlier edition (the browser picks the one its stored choice was made under: the
 * page is the same for every visitor), the cookies each category's withdrawal deletes and the
 * configured tags. The revision is the edition's number: a stored choice of an earlier one asks again.
 * Before it, in the HTML, the banner's first look (see ConsentPreview) and the script after it that shows
 * that look unless the visitor's choice holds.
 */
export async function ConsentBanner({ locale }: { locale: Locale }) {
  const now = new Date()
  const { map: dataMap, revision } = await getPublishedPolicy()
  const changesSince: Record<number, string> = {}
  dataMap.policyVersions.slice(0, revision - 1).forEach((seen, index) => {
    const changes = bannerText(dataMap, locale, now, { seenVersion: seen.id }).changes
    if (changes) changesSince[index + 1] = changes
  })
  const cookies: Record<string, { name: string; pattern: boolean }[]> = {}
  for (const service of allServices(dataMap))
    (cookies[service.category] ??= []).push(...service.cookies.map(({ name, pattern }) => ({ name, pattern })))
  const text = bannerText(dataMap, locale, now)
  const gpcNotice = bannerText(dataMap, locale, now, { gpc: true }).gpcNotice ?? ""
  const nonce = policyNonce((await headers()).get("content-security-policy"))
  return (
    <>
      <ConsentPreview text={text} changesSince={changesSince} gpcNotice={gpcNotice} />
      <script
        nonce={nonce}
        suppressHydrationWarning
        dangerouslySetInnerHTML={{ __html: consentStateScript(dataMap.consent.cookie, revision) }}
      />
      <CookieBanner
        text={text}
        changesSince={changesSince}
        gpcNotice={gpcNotice}
        revision={revision}
        cookieName={dataMap.consent.cookie}
        validDays={Math.round((consentExpiry(dataMap, now).getTime() - now.getTime()) / 86_400_000)}
        cookies={cookies}
        tags={{ ga4: integrations.ga4MeasurementId, metaPixel: integrations.metaPixelId }}
        consentPagePath={`/${locale}/cookies/consent`}
      />
    </>
  )
}
