import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "knex"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { bannerText, bannerTextHash, dataMapFromEnv } from "@helder/privacy"
import { linkIn, startMailCatcher, totpCode, type MailCatcher } from "@helder/testkit"
import { ROLES, type RoleId } from "../../src/api/surface/roles"
import runDueErasures from "../../src/jobs/run-due-erasures"
import { setClock } from "../../src/lib/clock"
import { PRIVACY_REQUEST_MODULE } from "../../src/modules/privacy-request"
import type PrivacyRequestModuleService from "../../src/modules/privacy-request/service"
import { STAFF_MODULE } from "../../src/modules/staff"
import type StaffModuleService from "../../src/modules/staff/service"
import seedHelder from "../../src/scripts/seed"

type Api = {
  get: (url: string, config?: object) => Promise<{ data: any }>
  post: (url: string, body: object, config?: object) => Promise<{ data: any; status: number }>
}
type Store = { headers: Record<string, string> }

/**
 * Moves the shop's clock (lib/clock) and the database's (`helder_clock`, by which the guarded purge
 * functions judge a legal term) to `moment`; without one, both go back to real time. The tests connect
 * as the database owner, who alone may write the database's clock.
 */
export async function moveClock(container: MedusaContainer, moment?: Date) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  setClock(moment ? () => moment : undefined)
  if (moment)
    await pg.raw(
      `insert into helder_clock (moment) values (?) on conflict (only_row) do update set moment = excluded.moment`,
      [moment],
    )
  else await pg.raw(`delete from helder_clock`)
}

/**
 * Erases a logged-in customer's account the long way: asks with the password, waits for the mail that schedules
 * it, runs the due erasures with the shop's clock 40 days on (past the undo window and any delivered order's
 * withdrawal period) and puts the clock back. Returns the request as the run left it, and the run's counts.
 */
export async function eraseAfterWindow(
  container: MedusaContainer,
  api: Api,
  mail: MailCatcher,
  auth: Store,
  email: string,
) {
  const { data } = await api.post(
    "/store/account/erasure",
    { password: registration(email).password, confirm: true },
    auth,
  )
  await mail.waitFor((m) => m.to.includes(email) && m.subject === "Je account wordt verwijderd")
  setClock(() => new Date(Date.now() + 40 * 24 * 60 * 60 * 1000))
  try {
    const run = await runDueErasures(container)
    const request = await container
      .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
      .retrieveDataRequest(data.request_id)
    return { request, run }
  } finally {
    setClock()
  }
}

/** Seeds the test database like `npm start` does and returns the store headers to call the store API. */
export async function seedAndGetStoreHeaders(container: MedusaContainer) {
  await seedHelder({ container, args: [] })
  const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Helder webshop" })
  if (!key) throw new Error("seed created no publishable key")
  return { headers: { "x-publishable-api-key": key.token } }
}

type ErrorResponse = {
  status: number
  headers: Record<string, string>
  data: { message: string; type?: string; issues?: { path: string; message: string }[] }
}

/** The response of a request expected to fail; fails the test if it succeeded. */
export async function failure(request: Promise<unknown>): Promise<ErrorResponse> {
  try {
    await request
  } catch (error) {
    return (error as { response: ErrorResponse }).response
  }
  throw new Error("expected the request to fail, but it succeeded")
}

type StaffApi = { post: (url: string, body: object, config?: object) => Promise<{ data: any }> }

/**
 * Creates a staff user with a password and a role and logs them in as Medusa Admin does: password,
 * then — for a role that requires it, or when asked — the TOTP code of their enrolled second factor.
 * Returns headers with the admin token, and the factor's secret (the test's "phone").
 */
export async function adminHeaders(
  container: MedusaContainer,
  api: StaffApi,
  role: RoleId | null = "owner",
  { twoFactor }: { twoFactor?: boolean } = {},
) {
  const email = `staff-${randomUUID()}@helder.local`
  const password = "staff-password-for-tests-1"
  const [user] = await container.resolve(Modules.USER).createUsers([{ email, first_name: "Sanne", last_name: "Staf" }])
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password } })
  if (!user || !authIdentity) throw new Error("could not create a staff user")
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  if (role) await container.resolve<StaffModuleService>(STAFF_MODULE).assignRole({ user_id: user.id, role, by: null })
  let secret: string | null = null
  if (twoFactor ?? (role ? ROLES[role].twoFactor : false)) {
    const enrolment = await auth.startAuthMfa({ auth_identity_id: authIdentity.id, provider: "totp" })
    secret = enrolment.secret!
    await auth.verifyAuthMfa({ id: enrolment.mfa.id, auth_identity_id: authIdentity.id, code: totpCode(secret) })
  }
  const token = await staffLogin(api, email, password, secret)
  return {
    user_id: user.id,
    email,
    password,
    secret,
    auth_identity_id: authIdentity.id,
    headers: { authorization: `Bearer ${token}` },
  }
}

/**
 * Logs a staff user in through Medusa's auth routes; with a second factor, answers its challenge with the code of `at`.
 */
export async function staffLogin(
  api: StaffApi,
  email: string,
  password: string,
  secret: string | null,
  at = new Date(),
): Promise<string> {
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  if (!data.mfa_required) return data.token
  if (!secret) throw new Error("this staff user has a second factor, but the test holds no secret")
  const verified = await api.post(
    `/auth/mfa/challenges/${data.mfa_challenge.id}/verify`,
    { method: "totp", code: totpCode(secret, at) },
    { headers: { authorization: `Bearer ${data.token}` } },
  )
  return verified.data.token
}

/** A valid registration; tests change what they are about. */
export const registration = (email: string) => ({
  first_name: "Anna",
  last_name: "de Vries",
  email,
  phone: "+31 55 123 4567",
  password: "lamp-kap-messing-47",
  birth_date: "1985-02-28",
  address: { address_1: "Hoofdstraat 12", postal_code: "7311ab", city: "Apeldoorn", country_code: "nl" },
  locale: "nl",
})

/**
 * Registers (as `registration`, with what `person` changes), follows the mailed link and logs in; returns the headers
 * of the session.
 */
export async function registerCustomer(
  api: Api,
  mail: MailCatcher,
  store: Store,
  email: string,
  person: Partial<ReturnType<typeof registration>> = {},
) {
  await api.post("/store/account/register", { ...registration(email), ...person }, store)
  const verification = await mail.waitFor((m) => m.to.includes(email) && m.subject === "Bevestig je e-mailadres")
  const token = new URL(linkIn(verification, "http://localhost:8000/nl/account/verify")).searchParams.get("token")
  await api.post("/store/account/verify-email", { token }, store)
  const { data } = await api.post("/store/account/login", { email, password: "lamp-kap-messing-47" }, store)
  return { headers: { ...store.headers, authorization: `Bearer ${data.token}`, "x-helder-session": data.session } }
}

/**
 * Changes a registered customer's login address the way the account page does: asks with the password,
 * follows the link mailed to the new address, logs in on it. Returns the headers of the new session.
 */
export async function changeEmail(api: Api, mail: MailCatcher, store: Store, auth: Store, from: string, to: string) {
  await api.post("/store/account/email", { password: "lamp-kap-messing-47", new_email: to, locale: "nl" }, auth)
  const confirm = await mail.waitFor((m) => m.to.includes(to) && m.subject === "Bevestig je nieuwe e-mailadres")
  const token = new URL(linkIn(confirm, "http://localhost:8000/nl/account/confirm-email")).searchParams.get("token")
  await api.post("/store/account/email/confirm", { token, locale: "nl" }, store)
  await mail.waitFor((m) => m.to.includes(from) && m.subject === "Je e-mailadres is gewijzigd")
  const { data } = await api.post("/store/account/login", { email: to, password: "lamp-kap-messing-47" }, store)
  return { headers: { ...store.headers, authorization: `Bearer ${data.token}`, "x-helder-session": data.session } }
}

export const DUTCH_ADDRESS = {
  first_name: "Anna",
  last_name: "de Vries",
  address_1: "Stationsstraat 12",
  postal_code: "7311 AB",
  city: "Apeldoorn",
  country_code: "nl",
}

/** Variants with stock, and how much of each, to spread many orders over. */
export async function stockedVariants(
  api: Api,
  store: Store,
  regionId: string,
): Promise<{ id: string; stock: number }[]> {
  const { data } = await api.get(
    `/store/products?limit=200&region_id=${regionId}&fields=id,variants.id,+variants.inventory_quantity`,
    store,
  )
  return data.products.flatMap((p: { variants: { id: string; inventory_quantity: number }[] }) =>
    p.variants.filter((v) => v.inventory_quantity > 0).map((v) => ({ id: v.id, stock: v.inventory_quantity })),
  )
}

/**
 * A cart ready to complete: items, e-mail, address, home delivery and the system payment provider.
 * With `auth` the cart is the logged-in customer's. Returns the cart id.
 */
export async function readyCart(
  api: Api,
  store: Store,
  {
    regionId,
    items,
    email = "anna@example.nl",
    auth,
    address = DUTCH_ADDRESS,
  }: {
    regionId: string
    items: { variant_id: string; quantity: number }[]
    email?: string
    auth?: Store
    address?: typeof DUTCH_ADDRESS
  },
): Promise<string> {
  const { data } = await api.post("/store/carts", { region_id: regionId }, store)
  const cartId: string = data.cart.id
  for (const item of items) await api.post(`/store/carts/${cartId}/line-items`, item, store)
  if (auth) await api.post(`/store/carts/${cartId}/customer`, {}, auth)
  await api.post(
    `/store/carts/${cartId}`,
    { email, shipping_address: address, billing_address: address, locale: "nl" },
    store,
  )
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
  const home = options.shipping_options.find((o: { name: string }) => o.name === "Thuisbezorgd")
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: home.id }, store)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    store,
  )
  return cartId
}

/** Completes a ready cart and returns the order. */
export async function completeCart(api: Api, store: Store, cartId: string) {
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
  if (data.type !== "order") throw new Error(`cart ${cartId} did not become an order: ${JSON.stringify(data.error)}`)
  return data.order as { id: string; display_id: number; total: number; email: string }
}

/** The region ids by country code. */
export async function regionIds(api: Api, store: Store): Promise<Record<string, string>> {
  const { data } = await api.get("/store/regions?fields=id,*countries", store)
  return Object.fromEntries(
    data.regions.map((r: { id: string; countries: { iso_2: string }[] }) => [r.countries[0]!.iso_2, r.id]),
  )
}

/** Polls until `check` returns a value (not undefined), or fails after the timeout. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error("condition not met in time")
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/**
 * The same ready cart as `readyCart`, built in-process with Medusa's own workflows instead of seven
 * HTTP calls: for tests that need hundreds of carts before the part they are about (completing them).
 */
export async function readyCartInProcess(
  container: MedusaContainer,
  {
    regionId,
    variantId,
    email,
    shippingOptionId,
  }: { regionId: string; variantId: string; email: string; shippingOptionId: string },
): Promise<string> {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: regionId,
      email,
      items: [{ variant_id: variantId, quantity: 1 }],
      shipping_address: DUTCH_ADDRESS,
      billing_address: DUTCH_ADDRESS,
      locale: "nl",
    },
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: shippingOptionId }] },
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
    input: { cart_id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
  })
  return cart.id
}

/** Store headers that carry a guest's order-link token, as the storefront sends it. */
export function linked(store: Store, token: string): Store {
  return { headers: { ...store.headers, "x-helder-order-link": token } }
}

/** Ships and delivers the given lines in one parcel through the admin API, as staff do in Medusa Admin. */
export async function deliverOrder(api: Api, orderId: string, items: { id: string; quantity: number }[], staff: Store) {
  const { data } = await api.post(`/admin/orders/${orderId}/fulfillments?fields=id,*fulfillments`, { items }, staff)
  const fulfillment = data.order.fulfillments[0]
  await api.post(`/admin/orders/${orderId}/fulfillments/${fulfillment.id}/shipments`, { items }, staff)
  await api.post(`/admin/orders/${orderId}/fulfillments/${fulfillment.id}/mark-as-delivered`, {}, staff)
}

/**
 * A real SMTP receiver for the whole suite. Call it at the top of the file, before the test runner: it
 * must listen before the runner loads medusa-config, which reads SMTP_URL.
 */
export function catchMailForSuite(): MailCatcher {
  let catcher: MailCatcher | undefined
  beforeAll(async () => {
    catcher = await startMailCatcher()
    process.env.SMTP_URL = catcher.smtpUrl
  })
  afterAll(() => catcher?.stop())
  const started = () => {
    if (!catcher) throw new Error("the mail catcher starts in beforeAll")
    return catcher
  }
  return {
    get smtpUrl() {
      return started().smtpUrl
    },
    get httpUrl() {
      return started().httpUrl
    },
    messages: () => started().messages(),
    waitFor: (predicate, timeoutMs) => started().waitFor(predicate, timeoutMs),
    stop: () => started().stop(),
  }
}

/** A cookie choice as the storefront's banner posts it, with the hash of the Dutch banner text it showed. */
export async function consentChoice(categories: string[], overrides: Record<string, unknown> = {}) {
  const text = bannerText(dataMapFromEnv(process.env), "nl", new Date())
  return {
    consent_id: randomUUID(),
    categories,
    policy_version: text.version,
    text_hash: await bannerTextHash(text),
    locale: "nl",
    source: "banner",
    ...overrides,
  }
}

/**
 * Every `table.column` of the shop's schema in which `needle` occurs (case-insensitively), in any row:
 * the tests' own search of the whole database, independent of the erasure's scan.
 */
export async function columnsHolding(pg: Knex, needle: string): Promise<string[]> {
  const { rows: tables } = await pg.raw<{ rows: { table_name: string }[] }>(
    `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
  )
  const wanted = needle.toLowerCase()
  const found = new Set<string>()
  for (const { table_name } of tables) {
    for (const row of (await pg(table_name).select("*")) as Record<string, unknown>[]) {
      for (const [column, value] of Object.entries(row)) {
        const text = typeof value === "string" ? value : JSON.stringify(value ?? null)
        if (text.toLowerCase().includes(wanted)) found.add(`${table_name}.${column}`)
      }
    }
  }
  return [...found].sort()
}
