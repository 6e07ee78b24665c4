import { expect, test } from "@playwright/test"
import { adminToken, mailTo, uniqueEmail } from "./support"

test("the contact form names bad fields, then sends, confirms by mail and reaches staff", async ({ page, request }) => {
  const email = uniqueEmail("vraag")
  await page.goto("/nl")
  await page.getByRole("contentinfo").getByRole("link", { name: "Contact" }).click()
  await expect(page.getByRole("heading", { name: "Contact" })).toBeVisible()
  await page.getByLabel("Naam").fill("Jan Peeters")
  await page.getByLabel("E-mailadres").fill("jan@")
  await page.getByLabel("Bericht").fill("Is de Nova ook in het groen leverbaar?")
  await page.getByRole("button", { name: "Verstuur" }).click()
  await expect(page.getByText("Vul een geldig e-mailadres in.")).toBeVisible()
  await expect(page.getByLabel("Bericht")).toHaveValue("Is de Nova ook in het groen leverbaar?")

  await page.getByLabel("E-mailadres").fill(email)
  await page.getByRole("button", { name: "Verstuur" }).click()
  await expect(page.getByTestId("contact-sent")).toBeVisible()
  await mailTo(email, "We hebben je bericht ontvangen")

  const token = await adminToken(request)
  const response = await request.get(`${process.env.BACKEND_URL}/admin/contact-messages?status=open&limit=100`, {
    headers: { authorization: `Bearer ${token}` },
  })
  const { contact_messages } = (await response.json()) as { contact_messages: { email: string; message: string }[] }
  expect(contact_messages.find((m) => m.email === email)?.message).toBe("Is de Nova ook in het groen leverbaar?")
})
