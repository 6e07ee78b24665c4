import { expect, test } from "@playwright/test"
import { adminToken, mailTo, uniqueEmail } from "./support"

test("[P-right-object] [P-contact] the contact form names bad fields, then sends, confirms by mail and reaches staff", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("vraag")
  // Staff see the sender masked, so the message itself carries this run's mark.
  const question = `Is de Nova ook in het groen leverbaar? (vraag ${Math.random().toString(36).slice(2, 8)})`
  await page.goto("/nl")
  await page.getByRole("contentinfo").getByRole("link", { name: "Contact" }).click()
  await expect(page.getByRole("heading", { name: "Contact" })).toBeVisible()
  await page.getByLabel("Naam").fill("Jan Peeters")
  await page.getByLabel("E-mailadres").fill("jan@")
  await page.getByLabel("Bericht").fill(question)
  await page.getByRole("button", { name: "Verstuur" }).click()
  await expect(page.getByText("Vul een geldig e-mailadres in.")).toBeVisible()
  await expect(page.getByLabel("Bericht")).toHaveValue(question)

  await page.getByLabel("E-mailadres").fill(email)
  await page.getByRole("button", { name: "Verstuur" }).click()
  await expect(page.getByTestId("contact-sent")).toBeVisible()
  await mailTo(email, "We hebben je bericht ontvangen")

  const token = await adminToken(request)
  const response = await request.get(`${process.env.BACKEND_URL}/admin/contact-messages?status=open&limit=100`, {
    headers: { authorization: `Bearer ${token}` },
  })
  const { contact_messages } = (await response.json()) as { contact_messages: { email: string; message: string }[] }
  const received = contact_messages.find((m) => m.message === question)
  expect(received?.email).toBe("v•••@•••.nl")
})
