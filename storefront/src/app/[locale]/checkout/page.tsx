import type { Locale } from "@helder/contract"
import { NEWSLETTER_OPT_IN_TEXT, termsEditionOn } from "@helder/schemas"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { addressFormValues } from "@/lib/adapter"
import { config } from "@/lib/config"
import { getAccount } from "@/lib/data/account"
import { retrieveCart } from "@/lib/data/cart"
import { listPaymentProviders, listShippingOptions } from "@/lib/data/checkout"
import { listProductsById } from "@/lib/data/products"
import { TrackEvent } from "@/modules/analytics/track-event"
import { CheckoutForm } from "@/modules/checkout/checkout-form"
import { deliveryTotals } from "@/modules/checkout/delivery-totals"
import { mainCharacteristics } from "@/modules/checkout/main-characteristics"
import { formatPrice } from "@/modules/common/format"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ payment?: string }> }

export default async function CheckoutPage({ params, searchParams }: Props) {
  const { locale } = await params
  const { payment } = await searchParams
  setRequestLocale(locale)
  const [t, cart] = await Promise.all([getTranslations({ locale, namespace: "checkout" }), retrieveCart()])
  if (!cart || !cart.items?.length) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p className="notice error" role="alert" data-testid="checkout-error">
          {t("errors.empty_cart")}
        </p>
        <Link href="/">{t("summary")}</Link>
      </>
    )
  }
  const [options, providers, account, products] = await Promise.all([
    listShippingOptions(cart.id),
    listPaymentProviders(cart.region_id ?? ""),
    getAccount(),
    listProductsById([...new Set(cart.items.flatMap((item) => (item.product_id ? [item.product_id] : [])))], locale),
  ])
  // Stripe needs its publishable key in the browser; without it only the offline provider is offered.
  const usable = (id: string) => !id.startsWith("pp_stripe") || Boolean(config.NEXT_PUBLIC_STRIPE_KEY)
  // The API lists a region's providers in no set order; the first is chosen in advance, so fix it: offline first.
  const offered = providers
    .filter((provider) => usable(provider.id))
    .sort((a, b) => Number(b.id === "pp_system_default") - Number(a.id === "pp_system_default"))
  // A logged-in customer's details fill in what the cart does not have yet.
  const saved = account?.addresses?.find((a) => a.is_default_shipping) ?? account?.addresses?.[0]
  const address = cart.shipping_address?.address_1 ? cart.shipping_address : saved
  const initial: Record<string, string> = {
    ...addressFormValues(address),
    email: cart.email ?? account?.email ?? "",
    phone: address?.phone ?? account?.phone ?? "",
  }
  return (
    <>
      <TrackEvent name="begin_checkout" />
      <h1>{t("title")}</h1>
      <div className="checkout">
        <CheckoutForm
          locale={locale}
          optInText={NEWSLETTER_OPT_IN_TEXT[locale]}
          stripeKey={config.NEXT_PUBLIC_STRIPE_KEY}
          initialError={payment === "failed" ? "failed" : undefined}
          initial={initial}
          shippingOptions={deliveryTotals(cart, options).map(({ optionId, shipping, total }) => ({
            id: optionId,
            label: options.find((option) => option.id === optionId)?.name ?? "",
            price: shipping ? formatPrice(shipping, locale) : t("free"),
            total: formatPrice(total, locale),
          }))}
          subtotal={formatPrice(cart.item_total, locale)}
          lines={cart.items.map((item) => ({
            id: item.id,
            text: mainCharacteristics(item, products, locale, {
              dimmable: t("beforeOrder.dimmable"),
              notDimmable: t("beforeOrder.notDimmable"),
              energyClass: (value) => t("beforeOrder.energyClass", { value }),
            }),
            price: formatPrice(item.total ?? 0, locale),
          }))}
          termsVersion={termsEditionOn(new Date()).id}
          providers={offered.map((provider) => ({
            id: provider.id,
            label: provider.id === "pp_system_default" ? t("provider.pp_system_default") : t("provider.stripe"),
          }))}
        />
        <aside>
          <h2>{t("summary")}</h2>
          <ul>
            {cart.items.map((item) => (
              <li key={item.id}>
                {item.quantity} × {item.product_title} <span className="muted">{item.variant_title}</span>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </>
  )
}
