import { expect, test } from "@playwright/test"
import { adminToken, linkIn, mailTo, uniqueEmail } from "./support"

test("[P-right-withdraw-consent] footer sign-up needs its own box, confirms by mail, and the newsletter's link unsubscribes without login", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("lezer")
  await page.goto("/nl")
  const footer = page.getByTestId("newsletter-footer")
  await footer.getByLabel("Mailadres voor de nieuwsbrief").fill(email)
  await expect(footer.getByTestId("newsletter-opt-in")).not.toBeChecked()
  await footer.getByRole("button", { name: "Aanmelden" }).click()
  await expect(page.getByText("Vink het vakje aan om je aan te melden.")).toBeVisible()
  await footer.getByTestId("newsletter-opt-in").check()
  await footer.getByRole("button", { name: "Aanmelden" }).click()
  await expect(page.getByText("Bijna klaar: bevestig je aanmelding")).toBeVisible()

  await page.goto(linkIn(await mailTo(email, "Bevestig je inschrijving voor de nieuwsbrief"), "/newsletter/confirm"))
  await page.getByRole("button", { name: "Bevestig mijn aanmelding" }).click()
  await expect(page.getByText("Je bent aangemeld voor de nieuwsbrief.")).toBeVisible()

  const subject = `Nieuw binnen ${Date.now()}`
  const sent = await request.post(`${process.env.BACKEND_URL}/admin/newsletter/send`, {
    headers: { authorization: `Bearer ${await adminToken(request)}` },
    data: { subject, body: "De Nova-hanglamp is er nu ook in groen." },
  })
  expect(sent.ok()).toBeTruthy()
  const issue = await mailTo(email, subject)
  await page.context().clearCookies()
  await page.goto(linkIn(issue, "/newsletter/unsubscribe"))
  await page.getByRole("button", { name: "Afmelden" }).click()
  await expect(page.getByText("Je bent afgemeld.")).toBeVisible()
})

test("[P-data-minimal] the registration's newsletter box is not ticked in advance, in both languages", async ({
  page,
}) => {
  for (const locale of ["nl", "en"]) {
    await page.goto(`/${locale}/account/register`)
    await expect(page.getByRole("main").getByTestId("newsletter-opt-in")).toHaveCount(1)
    await expect(page.getByRole("main").getByTestId("newsletter-opt-in")).not.toBeChecked()
  }
})

test("[P-data-minimal] the checkout's newsletter box is not ticked in advance", async ({ page }) => {
  await page.goto("/nl/categories/spots")
  await page.getByTestId("product-card").first().click()
  await page.getByRole("button", { name: "In winkelwagen" }).click()
  await expect(page.getByText("Toegevoegd aan je winkelwagen.")).toBeVisible()
  await page.goto("/nl/checkout")
  await expect(page.getByRole("main").getByTestId("newsletter-opt-in")).not.toBeChecked()
})
