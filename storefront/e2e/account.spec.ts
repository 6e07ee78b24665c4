import { expect, test } from "@playwright/test"
import {
  addFirstProductToCart,
  fillCheckout,
  fillRegistration,
  linkIn,
  logIn,
  mailTo,
  registerAndVerify,
  uniqueEmail,
} from "./support"

const PASSWORD = "lamp-kap-messing-47"

test("[P-right-correct] [P-account-optional] register → verify by mail → log in → order with pre-filled data → history → log out → reset the password by mail → log in", async ({
  page,
}) => {
  const email = uniqueEmail("klant")
  await registerAndVerify(page, email, PASSWORD)
  await logIn(page, email, PASSWORD)
  await expect(page.getByTestId("account-overview")).toContainText(email)
  await expect(page.getByTestId("account-overview")).toContainText("7311 AB Apeldoorn")

  await page.goto("/nl/account/profile")
  await page.getByLabel("Achternaam").fill("Jansen")
  await page.getByLabel("Telefoon").fill("06 1234 5678")
  await page.getByRole("button", { name: "Opslaan" }).click()
  await expect(page.getByTestId("profile-form").getByRole("status")).toHaveText("Opgeslagen.")
  await page.goto("/nl/account/addresses")
  const saved = page.getByTestId("address-form").first()
  await saved.getByLabel("Straat en huisnummer").fill("Stationsplein 3")
  await saved.getByLabel("Postcode").fill("7311nm")
  await saved.getByRole("button", { name: "Opslaan" }).click()
  await expect(saved.getByRole("status")).toHaveText("Opgeslagen.")

  await addFirstProductToCart(page, "/nl/categories/tafellampen")
  await page.goto("/nl/checkout")
  await expect(page.getByLabel("E-mailadres")).toHaveValue(email)
  await expect(page.getByLabel("Straat en huisnummer")).toHaveValue("Stationsplein 3")
  await expect(page.getByLabel("Postcode")).toHaveValue("7311 NM")
  await expect(page.getByLabel("Achternaam")).toHaveValue("de Vries")
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("order-confirmation")).toBeVisible()
  const number = await page.getByTestId("order-number").innerText()

  await page.goto("/nl/account/orders")
  await expect(page.getByTestId("order-history")).toContainText(`Bestelling #${number}`)
  await page.getByRole("link", { name: `Bestelling #${number}` }).click()
  await expect(page.getByTestId("account-order")).toBeVisible()
  const orderUrl = page.url()
  // The invoice is issued right after the order is placed; it is listed and downloads as a PDF.
  await expect(async () => {
    await page.reload()
    await expect(page.getByTestId("download-invoice")).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 20_000 })
  const download = await page.request.get(
    new URL((await page.getByTestId("download-invoice").getAttribute("href"))!, page.url()).toString(),
  )
  expect(download.headers()["content-type"]).toBe("application/pdf")
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-")

  await page.goto("/nl/account")
  await page.getByRole("button", { name: "Uitloggen" }).click()
  await expect(page.getByTestId("account-link")).toHaveText("Inloggen")
  await page.goto(orderUrl)
  await expect(page).toHaveURL(/\/nl\/account\/login$/)

  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click()
  await expect(page.getByRole("heading", { name: "Wachtwoord vergeten" })).toBeVisible()
  await page.getByLabel("E-mailadres").fill(email)
  await page.getByRole("button", { name: "Stuur de link" }).click()
  await expect(page.getByTestId("link-sent")).toBeVisible()
  const reset = await mailTo(email, "Nieuw wachtwoord instellen")
  await page.goto(linkIn(reset, "/account/reset-password"))
  await page.getByLabel("Nieuw wachtwoord").fill("een-nieuwe-glazen-kap-3")
  await page.getByRole("button", { name: "Opslaan" }).click()
  await expect(page.getByText("Je wachtwoord is gewijzigd. Log in met je nieuwe wachtwoord.")).toBeVisible()
  await logIn(page, email, "een-nieuwe-glazen-kap-3")
})

test("another customer's order page is a 404, and a wrong password says so without saying which part", async ({
  browser,
}) => {
  const owner = await browser.newPage()
  const ownerEmail = uniqueEmail("eigenaar")
  await registerAndVerify(owner, ownerEmail, PASSWORD)
  await logIn(owner, ownerEmail, PASSWORD)
  await addFirstProductToCart(owner, "/nl/categories/spots")
  await owner.goto("/nl/checkout")
  await owner.getByTestId("place-order").click()
  await expect(owner.getByTestId("order-confirmation")).toBeVisible()
  await owner.goto("/nl/account/orders")
  await owner.getByTestId("order-history").getByRole("link").first().click()
  await owner.waitForURL(/\/nl\/account\/orders\/order_/)
  await expect(owner.getByTestId("account-order")).toBeVisible()
  const ownersOrder = new URL(owner.url()).pathname

  const other = await browser.newPage()
  const otherEmail = uniqueEmail("ander")
  await registerAndVerify(other, otherEmail, PASSWORD)
  await other.goto("/nl/account/login")
  await other.getByLabel("E-mailadres").fill(otherEmail)
  await other.getByLabel("Wachtwoord").fill("helemaal-verkeerd-99")
  await other.getByRole("button", { name: "Inloggen" }).click()
  await expect(other.getByRole("main").getByRole("alert")).toHaveText("E-mailadres of wachtwoord klopt niet.")
  await logIn(other, otherEmail, PASSWORD)
  const response = await other.goto(ownersOrder)
  expect(response?.status()).toBe(404)
  await expect(other.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible()
  await expect(other.getByRole("main")).not.toContainText("Bestelling #")
})

test("registration names each bad field and keeps what was typed", async ({ page }) => {
  await page.goto("/nl/account/register")
  await page.getByLabel("Voornaam").fill("Anna")
  await page.getByLabel("E-mailadres").fill("anna@")
  await page.getByLabel("Postcode").fill("0000")
  await page.getByLabel("Geboortedatum (optioneel)").fill("2999-01-01")
  await page.getByLabel("Wachtwoord").fill("qwerty123456")
  await page.getByRole("button", { name: "Account aanmaken" }).click()
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Controleer de gemarkeerde velden.")
  await expect(page.getByText("Vul een geldig e-mailadres in.")).toBeVisible()
  await expect(page.getByText("Vul je achternaam in.")).toBeVisible()
  await expect(page.getByText("Vul een geldige geboortedatum in (niet in de toekomst).")).toBeVisible()
  await expect(page.getByLabel("Voornaam")).toHaveValue("Anna")
})

test("a guest creates an account from the order confirmation, and the order joins the history after verification", async ({
  page,
}) => {
  const email = uniqueEmail("gastaccount")
  await addFirstProductToCart(page, "/nl/categories/wandlampen")
  await page.goto("/nl/checkout")
  await fillCheckout(page, { email, postcode: "7311ab" })
  await page.getByLabel("Telefoon (optioneel)").fill("055 765 4321")
  await page.getByTestId("place-order").click()
  const number = await page.getByTestId("order-number").innerText()

  await page.getByTestId("create-account-from-order").click()
  await expect(page.getByLabel("E-mailadres")).toHaveValue(email)
  await expect(page.getByLabel("Postcode")).toHaveValue("7311 AB")
  await page.getByLabel("Wachtwoord").fill(PASSWORD)
  await page.getByRole("button", { name: "Account aanmaken" }).click()
  await expect(page.getByTestId("registered")).toBeVisible()
  await page.goto(linkIn(await mailTo(email, "Bevestig je e-mailadres"), "/account/verify"))
  await page.getByRole("button", { name: "Bevestig mijn e-mailadres" }).click()
  await logIn(page, email, PASSWORD)
  await page.goto("/nl/account/orders")
  await expect(page.getByTestId("order-history")).toContainText(`Bestelling #${number}`)
})

test("a password the policy refuses is named with the reason, and the rest of the form stays filled in", async ({
  page,
}) => {
  await fillRegistration(page, uniqueEmail("registratie"), "")
  for (const [password, reason] of [
    ["password1234", "Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden; kies een ander."],
    ["wachtwoord12", "Dit wachtwoord is te makkelijk te raden"],
    ["anna-en-de-zomer-89", "Gebruik je naam of het eerste deel van je e-mailadres niet in je wachtwoord."],
  ] as const) {
    await page.getByLabel("Wachtwoord").fill(password)
    await page.getByRole("button", { name: "Account aanmaken" }).click()
    await expect(page.getByRole("main").getByText(reason)).toBeVisible()
    await expect(page.getByLabel("Achternaam")).toHaveValue("de Vries")
  }
})
