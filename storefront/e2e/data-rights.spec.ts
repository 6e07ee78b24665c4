import { expect, test } from "@playwright/test"
import { exportDocumentSchema } from "@helder/privacy"
import { readZip } from "@helder/testkit"
import { addFirstProductToCart, fillCheckout, linkIn, logIn, mailTo, registerAndVerify, uniqueEmail } from "./support"

const PASSWORD = "lamp-kap-messing-47"

test("[P-right-access] a customer downloads everything the shop holds about them from the account page, and opens it", async ({
  page,
}) => {
  const email = uniqueEmail("inzage")
  await registerAndVerify(page, email, PASSWORD)
  await logIn(page, email, PASSWORD)
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("data-export").click()])
  expect(download.suggestedFilename()).toMatch(/^helder-gegevens-\d{4}-\d{2}-\d{2}\.zip$/)
  const files = await readZip(Buffer.concat(await (await download.createReadStream()).toArray()))

  const document = exportDocumentSchema.parse(JSON.parse(files.get("data.json")!.toString("utf8")))
  expect(document.records.profile).toEqual([
    expect.objectContaining({ email, first_name: "Anna", last_name: "de Vries" }),
  ])
  expect(document.records.addresses).toEqual([expect.objectContaining({ address_1: "Hoofdstraat 12" })])
  expect(files.get("csv/profile.csv")!.toString("utf8")).toContain(email)

  // The readable summary opens in the browser as a page of its own.
  await page.setContent(files.get("README.html")!.toString("utf8"))
  await expect(page.getByRole("heading", { level: 1, name: /Jouw gegevens bij/ })).toBeVisible()
  await expect(page.locator("section[lang=nl]").getByText("csv/profile.csv: 1")).toBeVisible()
  await expect(page.locator("section[lang=en]").getByRole("heading", { level: 1, name: /Your data at/ })).toBeVisible()
})

test("[P-right-erase] a customer deletes their account with their password: logged out, login refused in the undo window, and the mailed link undoes it", async ({
  page,
}) => {
  const email = uniqueEmail("verwijder")
  await registerAndVerify(page, email, PASSWORD)
  await logIn(page, email, PASSWORD)
  await page.getByRole("link", { name: "Verwijder mijn account" }).click()
  await expect(page.getByTestId("delete-account-page")).toContainText("Facturen en creditnota's")

  const form = page.getByTestId("delete-account")
  await form.getByLabel("Je wachtwoord").fill("niet-mijn-wachtwoord-9")
  await form.getByLabel("Ja, verwijder mijn account en mijn gegevens").check()
  await form.getByRole("button", { name: "Verwijder mijn account" }).click()
  await expect(form.getByRole("alert")).toHaveText("Dit wachtwoord klopt niet.")
  await form.getByLabel("Je wachtwoord").fill(PASSWORD)
  await form.getByLabel("Ja, verwijder mijn account en mijn gegevens").check()
  await form.getByRole("button", { name: "Verwijder mijn account" }).click()
  await expect(page.getByTestId("erasure-scheduled")).toContainText("Je account wordt verwijderd")

  await page.goto("/nl/account")
  await expect(page).toHaveURL(/\/nl\/account\/login$/)
  await page.getByLabel("E-mailadres").fill(email)
  await page.getByLabel("Wachtwoord").fill(PASSWORD)
  await page.getByRole("button", { name: "Inloggen" }).click()
  await expect(page.locator("p[role=alert]")).toContainText("Dit account wordt verwijderd")

  const scheduled = await mailTo(email, "Je account wordt verwijderd")
  await page.goto(linkIn(scheduled, "/privacy/erasure/undo"))
  await page.getByRole("button", { name: "Mijn account houden" }).click()
  await expect(page.getByTestId("erasure-undone")).toBeVisible()
  await logIn(page, email, PASSWORD)
})

test("[P-right-access] [P-right-identity] a guest asks for their data with the order number, confirms from the order's mailbox and downloads it", async ({
  page,
}) => {
  const email = uniqueEmail("gast-inzage")
  await addFirstProductToCart(page, "/nl/categories/hanglampen")
  await page.goto("/nl/checkout")
  await fillCheckout(page, { email, postcode: "7311ab" })
  await page.getByRole("radio", { name: /Thuisbezorgd/ }).check()
  await page.getByTestId("place-order").click()
  const number = await page.getByTestId("order-number").innerText()
  // The invoice is issued with the confirmation mail; the export below must contain it.
  await mailTo(email, new RegExp(`^Je bestelling #${number} en factuur`), 30_000)

  await page.getByRole("link", { name: "Privacyverzoek" }).click()
  const form = page.getByTestId("guest-request")
  await form.getByLabel("E-mailadres van je bestelling").fill(email)
  await form.getByLabel("Bestelnummer").fill("12ab")
  await form.getByRole("button", { name: "Verzoek versturen" }).click()
  await expect(form.getByText("Vul het bestelnummer uit je bevestiging in")).toBeVisible()
  await expect(form.getByLabel("E-mailadres van je bestelling")).toHaveValue(email)
  await form.getByLabel("Bestelnummer").fill(number.replace(/\D/g, ""))
  await form.getByRole("button", { name: "Verzoek versturen" }).click()
  await expect(page.getByTestId("request-sent")).toBeVisible()

  const confirm = await mailTo(email, "Bevestig je privacyverzoek")
  await page.goto(linkIn(confirm, "/privacy/request/verify"))
  await page.getByRole("button", { name: "Bevestig mijn verzoek" }).click()
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("guest-download").click()])
  const files = await readZip(Buffer.concat(await (await download.createReadStream()).toArray()))
  const document = exportDocumentSchema.parse(JSON.parse(files.get("data.json")!.toString("utf8")))
  expect(document.subject).toEqual({ kind: "guest", email })
  expect(document.records.orders).toEqual([
    expect.objectContaining({ order_number: Number(number.replace(/\D/g, "")), email }),
  ])
  expect([...files.keys()].some((name) => name.startsWith("invoices/factuur-"))).toBe(true)
})

test("[P-right-restrict] [P-right-object] the request pages say what a restriction and an objection do, in Dutch and English, and a logged-in customer sends an objection from the account with its due date", async ({
  page,
}) => {
  await page.goto("/nl/privacy/request")
  await expect(page.locator("[data-promise=P-right-restrict]")).toContainText("bewaren we je gegevens alleen")
  await expect(page.locator("[data-promise=P-right-object]")).toContainText("meteen en voorgoed")
  await expect(page.getByTestId("guest-request").getByLabel("Het gebruik van mijn gegevens beperken")).toBeVisible()
  await expect(
    page.getByTestId("guest-request").getByLabel("Bezwaar maken tegen het gebruik van mijn gegevens"),
  ).toBeVisible()
  await page.goto("/en/privacy/request")
  await expect(page.locator("[data-promise=P-right-restrict]")).toContainText("we only store your data")
  await expect(page.locator("[data-promise=P-right-object]")).toContainText("at once and for good")

  const email = uniqueEmail("bezwaar")
  await registerAndVerify(page, email, PASSWORD)
  await logIn(page, email, PASSWORD)
  const form = page.getByTestId("account-request")
  await form.getByLabel("Iets corrigeren").check()
  await form.getByRole("button", { name: "Verzoek versturen" }).click()
  await expect(form.getByRole("alert")).toHaveText("Kies wat je wilt; bij een correctie vertel je wat er niet klopt.")
  await form.getByLabel("Bezwaar maken tegen het gebruik van mijn gegevens").check()
  await form.getByLabel("Toelichting (nodig bij een correctie)").fill("Geen reclame meer, graag.")
  await form.getByRole("button", { name: "Verzoek versturen" }).click()
  await expect(page.getByTestId("account-request-received")).toContainText(
    "Je verzoek is ontvangen. We antwoorden uiterlijk op",
  )
})
