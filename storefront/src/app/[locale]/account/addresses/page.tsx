import type { Locale } from "@helder/contract"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { addressFormValues } from "@/lib/adapter"
import { requireAccount } from "@/lib/data/account"
import { AddressForm } from "@/modules/account/profile-forms"

export default async function AddressesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, account] = await Promise.all([getTranslations({ locale, namespace: "account" }), requireAccount(locale)])
  return (
    <section className="stack" style={{ maxWidth: "40rem" }}>
      <h1>{t("addressesTitle")}</h1>
      {(account.addresses ?? []).map((address) => (
        <AddressForm
          key={address.id}
          addressId={address.id}
          isDefault={address.is_default_shipping}
          initial={addressFormValues(address)}
        />
      ))}
      <h2>{t("addAddress")}</h2>
      <AddressForm initial={{ first_name: account.first_name ?? "", last_name: account.last_name ?? "" }} />
    </section>
  )
}
