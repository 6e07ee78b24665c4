import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { requireAccount } from "@/lib/data/account"
import { ProfileForm } from "@/modules/account/profile-forms"

export default async function ProfilePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, account] = await Promise.all([getTranslations({ locale, namespace: "account" }), requireAccount(locale)])
  return (
    <section style={{ maxWidth: "40rem" }}>
      <h1>{t("profileTitle")}</h1>
      <ProfileForm
        initial={{
          first_name: account.first_name ?? "",
          last_name: account.last_name ?? "",
          phone: account.phone ?? "",
          birth_date: account.birth_date ?? "",
          email: account.email,
        }}
      />
    </section>
  )
}
