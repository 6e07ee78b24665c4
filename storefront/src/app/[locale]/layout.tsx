import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server"
import type { ReactNode } from "react"
import { clientMessages } from "@/i18n/client-messages"
import { routing } from "@/i18n/routing"
import { PageViews } from "@/modules/analytics/track-event"
import { ConsentBanner } from "@/modules/consent/consent-banner"
import { Footer } from "@/modules/layout/footer"
import { Header } from "@/modules/layout/header"
import "../globals.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Every response carries its own script nonce, so Next renders per request; catalog pages are kept by
// server.cjs's page cache (src/lib/page-cache.cjs), and the catalog data under them by tag (src/lib/medusa.ts).
export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "meta" })
  return { title: { default: t("title"), template: `%s · Helder` }, description: t("description") }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: "nav" }), getMessages()])
  return (
    // The consent script sets data-consent on <html> before React hydrates (consent-preview.tsx).
    <html lang={locale} suppressHydrationWarning>
      <body>
        <a className="skip" href="#main">
          {t("skip")}
        </a>
        <NextIntlClientProvider messages={clientMessages(messages)}>
          {/* First in the page, so its first look arrives and paints with the header instead of after the whole
              page (it was the pages' LCP element a second after first paint: BENCHMARKS.md); it sits fixed at the
              bottom all the same, and the keyboard meets it right after the skip link. */}
          <ConsentBanner locale={locale} />
          <Header locale={locale} />
          <main id="main" className="container">
            {children}
          </main>
          <Footer locale={locale} />
          <PageViews />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
