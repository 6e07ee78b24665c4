import { expect, test } from "@playwright/test"
import { addFirstProductToCart, adminApi, adminOrdersFor, fillCheckout, mailTo, sha256, uniqueEmail } from "./support"

test("a business guest gets the invoice PDF with the confirmation and downloads the same PDF through the mailed order link", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("factuur")
  await addFirstProductToCart(page, "/nl/categories/hanglampen")
  await page.goto("/nl/checkout")
  await fillCheckout(page, { email, postcode: "7311ab" })
  await page.getByText("Zakelijk bestellen? (optioneel)").click()
  await page.getByLabel("Bedrijfsnaam").fill("Lampen B.V.")
  await page.getByLabel("Btw-nummer").fill("nl 1234.567.89 b01")
  await page.getByRole("radio", { name: /Thuisbezorgd/ }).check()
  await page.getByTestId("place-order").click()
  const number = await page.getByTestId("order-number").innerText()
  const [listed] = await adminOrdersFor(request, email)
  const staff = await adminApi(request)
  const { order } = await staff.get(`/admin/orders/${listed!.id}?fields=metadata,*billing_address`)
  expect(order.metadata.vat_number).toBe("NL123456789B01")
  expect(order.billing_address.company).toBe("L•••")
  const revealed = await staff.post("/admin/privacy/reveal", {
    subject_type: "order",
    subject_id: listed!.id,
    reason: "Factuurgegevens controleren",
  })
  expect(revealed.order.billing_address.company).toBe("Lampen B.V.")

  const confirmation = await mailTo(email, new RegExp(`^Je bestelling #${number} en factuur \\d{4}-\\d{6}$`), 30_000)
  const [attachment] = confirmation.attachments
  expect(attachment).toMatchObject({
    mimeType: "application/pdf",
    filename: expect.stringMatching(/^factuur-\d{4}-\d{6}\.pdf$/),
  })

  const link = confirmation.text.match(/https?:\/\/\S+\/nl\/order-link\/\S+/)?.[0]
  expect(link).toBeTruthy()
  await page.goto(new URL(link!).pathname)
  await expect(page.getByTestId("order-link")).toContainText(`Bestelling #${number}`)
  const invoiceLink = page.getByTestId("download-invoice")
  await expect(invoiceLink).toContainText(attachment!.filename.replace(/^factuur-|\.pdf$/g, ""))

  const [download] = await Promise.all([page.waitForEvent("download"), invoiceLink.click()])
  const bytes = await (await download.createReadStream()).toArray()
  expect(sha256(Buffer.concat(bytes))).toBe(attachment!.sha256)

  // A tampered link opens nothing.
  const tampered = await page.goto(new URL(link!).pathname.replace(/.$/, (c) => (c === "0" ? "1" : "0")))
  expect(tampered?.status()).toBe(404)
})
