import { createHash } from "node:crypto"
import { totpCode } from "@helder/testkit"
import { expect, type APIRequestContext, type Page } from "@playwright/test"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

/** The owner's admin token, from logging in with password and second factor (global-setup.ts). */
export async function adminToken(_request?: APIRequestContext): Promise<string> {
  const token = process.env.ADMIN_TOKEN
  if (!token) throw new Error("global-setup.ts logs the admin in; ADMIN_TOKEN is missing")
  return token
}

/** Orders the admin API lists for an e-mail address. */
export async function adminOrdersFor(request: APIRequestContext, email: string) {
  const token = await adminToken(request)
  const response = await request.get(`${backendUrl}/admin/orders`, {
    params: { q: email, fields: "id,display_id,email,total,*items" },
    // A search by personal data states its reason; it goes on the audit log.
    headers: { authorization: `Bearer ${token}`, "x-helder-reason": "browser test finds the order it placed" },
  })
  expect(response.ok()).toBeTruthy()
  // The admin API masks e-mail addresses (need-to-know); the search itself matches the full address.
  const { orders } = (await response.json()) as {
    orders: { id: string; display_id: number; email: string; items: { quantity: number }[] }[]
  }
  return orders
}

/** A unique address per test run, so a test only ever sees its own orders. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.round(Math.random() * 1e6)}@example.nl`
}

/** Opens a product page from a category listing and adds its current variant to the cart. */
export async function addFirstProductToCart(page: Page, categoryPath: string) {
  await page.goto(categoryPath)
  await page.getByTestId("product-card").first().click()
  await page.getByRole("button", { name: "In winkelwagen" }).click()
  await expect(page.getByText("Toegevoegd aan je winkelwagen.")).toBeVisible()
}

/** Fills the checkout's contact and address fields. */
export async function fillCheckout(page: Page, fields: { email: string; postcode: string; country?: "nl" | "be" }) {
  await page.getByLabel("E-mailadres").fill(fields.email)
  await page.getByLabel("Voornaam").fill("Anna")
  await page.getByLabel("Achternaam").fill("de Vries")
  await page.getByLabel("Straat en huisnummer").fill("Hoofdstraat 12")
  await page.getByLabel("Postcode").fill(fields.postcode)
  await page.getByLabel("Plaats").fill("Apeldoorn")
  if (fields.country) await page.getByLabel("Land").selectOption(fields.country)
}

type Mail = {
  to: string[]
  subject: string
  text: string
  attachments: { filename: string; mimeType: string; sha256: string }[]
}

/**
 * Waits for a mail to an address with a subject (exact, or matching a pattern), as the test SMTP server received it.
 */
export async function mailTo(to: string, subject: string | RegExp, timeoutMs = 15000): Promise<Mail> {
  const url = process.env.MAIL_CATCHER_URL
  if (!url) throw new Error("MAIL_CATCHER_URL is not set: run the browser tests through `npm test`")
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const mails = (await (await fetch(`${url}/messages`)).json()) as Mail[]
    const matches = (text: string) => (typeof subject === "string" ? text === subject : subject.test(text))
    const found = mails.find((mail) => mail.to.includes(to.toLowerCase()) && matches(mail.subject))
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`no mail "${subject}" to ${to} within ${timeoutMs} ms`)
}

/** The first link in a mail that contains the given path. */
export function linkIn(mail: Mail, path: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((candidate) => candidate.includes(path))
  if (!link) throw new Error(`no link to ${path} in "${mail.subject}"`)
  return link
}

/** Who registers: a name, street line and phone number. */
export type Registrant = { firstName: string; lastName: string; street: string; phone: string }
/**
 * The customer most tests register, many times over. An erasure's residue scan counts anyone with the same full name,
 * street line or phone as the person erased, so a test that erases an account registers someone of its own.
 */
const ANNA: Registrant = { firstName: "Anna", lastName: "de Vries", street: "Hoofdstraat 12", phone: "055 123 4567" }

/** Opens the registration form and fills it in for Anna de Vries (or another person) with this address and password. */
export async function fillRegistration(page: Page, email: string, password: string, person: Registrant = ANNA) {
  await page.goto("/nl/account/register")
  await page.getByLabel("Voornaam").fill(person.firstName)
  await page.getByLabel("Achternaam").fill(person.lastName)
  await page.getByLabel("Straat en huisnummer").fill(person.street)
  await page.getByLabel("Postcode").fill("7311ab")
  await page.getByLabel("Woonplaats").fill("Apeldoorn")
  await page.getByLabel("Telefoon").fill(person.phone)
  await page.getByLabel("E-mailadres").fill(email)
  await page.getByLabel("Wachtwoord").fill(password)
}

/** Registers through the form and confirms the address with the mailed link. */
export async function registerAndVerify(page: Page, email: string, password: string, person: Registrant = ANNA) {
  await fillRegistration(page, email, password, person)
  await page.getByRole("button", { name: "Account aanmaken" }).click()
  await expect(page.getByTestId("registered")).toBeVisible()
  const verification = await mailTo(email, "Bevestig je e-mailadres")
  await page.goto(linkIn(verification, "/account/verify"))
  await page.getByRole("button", { name: "Bevestig mijn e-mailadres" }).click()
  await expect(page.getByText("Je e-mailadres is bevestigd.")).toBeVisible()
}

/** Logs in through the form and lands on the account page. */
export async function logIn(page: Page, email: string, password: string) {
  await page.goto("/nl/account/login")
  await page.getByLabel("E-mailadres").fill(email)
  await page.getByLabel("Wachtwoord").fill(password)
  await page.getByRole("button", { name: "Inloggen" }).click()
  await expect(page.getByTestId("account-overview")).toBeVisible()
}

/** SHA-256 (hex) of a downloaded file, to compare with what was mailed or stored. */
export function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex")
}

/** The admin API as staff use it from Medusa Admin, with a staff token. */
export async function adminApi(request: APIRequestContext) {
  const headers = { authorization: `Bearer ${await adminToken(request)}` }
  const call = async (method: "get" | "post", path: string, data?: object) => {
    const response = await request[method](`${backendUrl}${path}`, { headers, ...(data ? { data } : {}) })
    if (!response.ok())
      throw new Error(`${method.toUpperCase()} ${path}: ${response.status()} ${await response.text()}`)
    return response.json()
  }
  return {
    get: (path: string) => call("get", path),
    post: (path: string, data: object = {}) => call("post", path, data),
  }
}

/**
 * The admin API through a Medusa Admin page's own session (its cookie, not a token), as that staff member's pages
 * call it: a GET, or a POST with a body. Answers the status and the JSON body, so a refusal can be checked too.
 */
export async function sessionCall(page: Page, path: string, body?: object) {
  return page.evaluate(
    async ({ url, body }) => {
      const response = await fetch(url, {
        method: body ? "POST" : "GET",
        credentials: "include",
        ...(body ? { headers: { "content-type": "application/json" }, body: JSON.stringify(body) } : {}),
      })
      return { status: response.status, body: await response.json().catch(() => null) }
    },
    { url: `${backendUrl}${path}`, body: body ?? null },
  )
}

/**
 * Logs into Medusa Admin as staff do: e-mail and password, then — with a second factor — the code their
 * app shows. A code works once; when this step's code was used already (by an earlier login), the next
 * step's code is typed once it is valid.
 */
export async function adminLogin(
  page: Page,
  staff: Staff = {
    email: process.env.ADMIN_EMAIL!,
    password: process.env.ADMIN_PASSWORD!,
    secret: process.env.ADMIN_TOTP_SECRET ?? null,
  },
) {
  await page.goto(`${backendUrl}/app/login`)
  await page.getByPlaceholder("Email").fill(staff.email)
  await page.getByPlaceholder("Password").fill(staff.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  if (staff.secret) {
    await page.getByRole("textbox", { name: "One-time password 1" }).waitFor()
    const used = page.getByText("This code was used already")
    // This step's code, else the next step's (valid too, ±1 step), else the one after once it is valid.
    for (const [attempt, step] of [0, 1, 2].entries()) {
      if (attempt === 2) await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 500)
      // One box per digit, each filled on its own: typing all six at once can lose one while the focus moves.
      const code = totpCode(staff.secret, new Date(Date.now() + Math.min(step, 1) * 30_000))
      for (const [i, digit] of [...code].entries())
        await page.getByRole("textbox", { name: `One-time password ${i + 1}` }).fill(digit)
      const outcome = await Promise.race([
        used.waitFor().then(() => "used"),
        page.waitForURL((url) => !url.pathname.endsWith("/login")).then(() => "in"),
      ])
      if (outcome === "in") break
    }
  }
  await expect(page).not.toHaveURL(/\/login/)
}

/** A staff member as a test holds them: login, and the secret of their TOTP app when they set one up. */
export type Staff = { email: string; password: string; secret: string | null }

async function backendPost(path: string, body: object, token?: string, extra: Record<string, string> = {}) {
  const response = await fetch(`${backendUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
  return response.json()
}

/**
 * A new colleague with a role, the way a shop adds one: the owner invites them, they accept with a
 * password, the owner gives the role; with `twoFactor` they set up a TOTP app as Medusa Admin's profile does.
 */
export async function createStaff(role: string, { twoFactor = false } = {}): Promise<Staff> {
  const owner = await adminToken()
  const email = uniqueEmail(`medewerker-${role}`).replace("@example.nl", "@helder.local")
  const password = "Lamp-kap-messing-2026"
  const { invite } = await backendPost("/admin/invites", { email }, owner)
  const registered = await backendPost("/auth/user/emailpass/register", { email, password })
  const { user } = await backendPost(
    `/admin/invites/accept?token=${encodeURIComponent(invite.token)}`,
    { first_name: "Test", last_name: role },
    registered.token,
  )
  await backendPost(`/admin/staff/${user.id}/role`, { role, reason: "browser test" }, owner)
  if (!twoFactor) return { email, password, secret: null }
  const login = await backendPost("/auth/user/emailpass", { email, password })
  const enrolment = await backendPost("/auth/mfa/factors", { provider: "totp" }, login.token)
  await backendPost(
    `/auth/mfa/factors/${enrolment.mfa_factor.id}/verify`,
    { code: totpCode(enrolment.secret) },
    login.token,
  )
  return { email, password, secret: enrolment.secret }
}

/** Places a guest order through the shop and returns the shopper's e-mail address. */
export async function placeGuestOrder(page: Page, label: string): Promise<string> {
  const email = uniqueEmail(label)
  await addFirstProductToCart(page, "/nl/categories/spots")
  await page.getByTestId("cart-link").click()
  await page.getByRole("link", { name: "Afrekenen" }).click()
  await fillCheckout(page, { email, postcode: "7311ab" })
  await page.getByRole("radio", { name: /Thuisbezorgd/ }).check()
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("order-confirmation")).toBeVisible()
  return email
}
