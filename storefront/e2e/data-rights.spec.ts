import { expect, test } from "@playwright/test"
import { exportDocumentSchema } from "@helder/privacy"
import { readZip } from "@helder/testkit"
import { linkIn, logIn, mailTo, registerAndVerify, uniqueEmail } from "./support"

const PASSWORD = "lamp-kap-messing-47"

test("a customer downloads everything the shop holds about them from the account page, and opens it", async ({ page }) => {
  const email = uniqueEmail("inzage")
  await registerAndVerify(page, email, PASSWORD)
  await logIn(page, email, PASSWORD)
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("data-export").click()])
  expect(download.suggestedFilename()).toMatch(/^helder-gegevens-\d{4}-\d{2}-\d{2}\.zip$/)
  const files = await readZip(Buffer.concat(await (await download.createReadStream()).toArray()))

  const document = exportDocumentSchema.parse(JSON.parse(files.get("data.json")!.toString("utf8")))
  expect(document.records.profile).toEqual([expect.objectContaining({ email, first_name: "Anna", last_name: "de Vries" })])
  expect(document.records.addresses).toEqual([expect.objectContaining({ address_1: "Hoofdstraat 12" })])
  expect(files.get("csv/profile.csv")!.toString("utf8")).toContain(email)

  // The readable summary opens in the browser as a page of its own.
  await page.setContent(files.get("README.html")!.toString("utf8"))
  await expect(page.getByRole("heading", { level: 1, name: /Jouw gegevens bij/ })).toBeVisible()
  await expect(page.locator("section[lang=nl]").getByText("csv/profile.csv: 1")).toBeVisible()
  await expect(page.locator("section[lang=en]").getByRole("heading", { level: 1, name: /Your data at/ })).toBeVisible()
})

test("a customer deletes their account with their password: logged out, login refused in the undo window, and the mailed link undoes it", async ({ page }) => {
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
