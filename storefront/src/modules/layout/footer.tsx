import { getTranslations } from "next-intl/server"
import type { Locale } from "@/lib/adapter"

/** Shop identity and the privacy promise. */
export async function Footer({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" })
  return (
    <footer className="site">
      <div className="container">
        <p>{t("tagline")}</p>
        <p>{t("privacy")}</p>
      </div>
    </footer>
  )
}
