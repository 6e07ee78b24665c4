import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import {
  addFirstProductToCart,
  adminApi,
  adminOrdersFor,
  fillCheckout,
  linkIn,
  mailTo,
  placeGuestOrder,
  sha256,
  uniqueEmail,
} from "./support"

/** A guest order placed in the browser, then paid, shipped and delivered by staff through the admin API. */
async function deliveredGuestOrder(page: Page, request: APIRequestContext, email: string) {
  await addFirstProductToCart(page, "/nl/categories/tafellampen")
  await page.goto("/nl/checkout")
  await fillCheckout(page, { email, postcode: "7311ab" })
  await page.getByRole("radio", { name: /Thuisbezorgd/ }).check()
  await page.getByTestId("place-order").click()
  const number = await page.getByTestId("order-number").innerText()
  const confirmation = await mailTo(email, new RegExp(`^Je bestelling #${number} `), 30_000)
  const orderLink = new URL(confirmation.text.match(/https?:\/\/\S+\/nl\/order-link\/\S+/)![0]).pathname

  // Staff: capture the payment, ship and deliver, as in Medusa Admin.
  const staff = await adminApi(request)
  const [listed] = await adminOrdersFor(request, email)
  const { order } = await staff.get(`/admin/orders/${listed!.id}?fields=id,total,*items,*payment_collections.payments`)
  const items = order.items.map((item: { id: string; quantity: number }) => ({ id: item.id, quantity: item.quantity }))
  const payment = order.payment_collections[0].payments[0]
  await staff.post(`/admin/payments/${payment.id}/capture`)
  const { order: fulfilled } = await staff.post(`/admin/orders/${order.id}/fulfillments?fields=id,*fulfillments`, {
    items,
  })
  const fulfillment = fulfilled.fulfillments[0]
  await staff.post(`/admin/orders/${order.id}/fulfillments/${fulfillment.id}/shipments`, { items })
  await staff.post(`/admin/orders/${order.id}/fulfillments/${fulfillment.id}/mark-as-delivered`)
  return { number, confirmation, orderLink, staff, order, items, payment }
}

test("[P-withdrawal-acknowledged] buy → staff ship and deliver → withdraw with the button → acknowledgement → staff receive and refund → credit note; both PDFs download", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("herroep")
  const { number, confirmation, orderLink, staff, order, items, payment } = await deliveredGuestOrder(
    page,
    request,
    email,
  )

  // The shopper withdraws with the clearly labelled button behind the order link.
  await page.goto(orderLink)
  await expect(page.getByTestId("withdrawal-panel")).toContainText("Je kunt tot en met")
  await page.getByRole("link", { name: "Herroepen — herroep de overeenkomst hier" }).click()
  await expect(page.getByLabel("Bestelnummer")).toHaveValue(`#${number}`)
  await expect(page.getByLabel("E-mailadres")).toHaveValue(email)
  await page.getByRole("button", { name: "Verder" }).click()
  await page.getByRole("button", { name: "Herroeping bevestigen" }).click()
  await expect(page.getByTestId("withdrawal-received")).toContainText(`bestelling #${number}`)

  const acknowledgement = await mailTo(email, `Ontvangstbevestiging van je herroeping — bestelling #${number}`)
  expect(acknowledgement.text).toMatch(/ontvangen op \d{1,2} \w+ \d{4} om \d{2}:\d{2}/)
  expect(acknowledgement.text).toContain("Hierbij deel ik u mede dat ik onze overeenkomst")

  // Staff receive the return the withdrawal opened, and refund everything including delivery.
  const { returns } = await staff.get(`/admin/returns?order_id=${order.id}&fields=id,status`)
  expect(returns).toHaveLength(1)
  await staff.post(`/admin/returns/${returns[0].id}/receive`)
  await staff.post(`/admin/returns/${returns[0].id}/receive-items`, { items })
  await staff.post(`/admin/returns/${returns[0].id}/receive/confirm`)
  await staff.post(`/admin/payments/${payment.id}/refund`, { amount: order.total })

  const creditMail = await mailTo(email, new RegExp(`^Creditnota C\\d{4}-\\d{6} bij bestelling #${number}$`), 30_000)
  const invoiceMail = confirmation.attachments[0]!
  await page.goto(orderLink)
  await expect(page.getByTestId("download-credit_note")).toBeVisible()
  for (const [testId, mailed] of [
    ["download-invoice", invoiceMail],
    ["download-credit_note", creditMail.attachments[0]!],
  ] as const) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()])
    const bytes = Buffer.concat(await (await download.createReadStream()).toArray())
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-")
    expect(sha256(bytes)).toBe(mailed.sha256)
  }
  await expect(page.getByTestId("withdrawal-panel")).toContainText("Je hebt deze bestelling herroepen")
})

test("the withdrawal works without JavaScript, and no step puts the name or e-mail in the address bar", async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  const email = uniqueEmail("herroep-nojs")
  const { number, orderLink } = await deliveredGuestOrder(page, request, email)
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const plain = await context.newPage()
  await plain.goto(`${orderLink}/withdraw`)
  // Blanks pass the browser's required/minlength checks; the server's schema trims and refuses them.
  await plain.getByLabel("Naam").fill("   ")
  await plain.getByRole("button", { name: "Verder" }).click()
  await expect(plain.getByRole("alert")).toBeVisible()
  await expect(plain.getByLabel("Bestelnummer")).toHaveValue(`#${number}`)
  await plain.getByLabel("Naam").fill("Xandra Zonder Script")
  await plain.getByRole("button", { name: "Verder" }).click()
  await expect(plain.getByTestId("withdrawal-confirm")).toContainText("Xandra Zonder Script")
  await plain.getByRole("button", { name: "Terug" }).click()
  await expect(plain.getByLabel("Naam")).toHaveValue("Xandra Zonder Script")
  await plain.getByRole("button", { name: "Verder" }).click()
  await plain.getByRole("button", { name: "Herroeping bevestigen" }).click()
  await expect(plain.getByTestId("withdrawal-received")).toContainText(`bestelling #${number}`)
  expect(plain.url()).not.toContain(encodeURIComponent(email))
  expect(plain.url()).not.toContain("Xandra")
  await mailTo(email, `Ontvangstbevestiging van je herroeping — bestelling #${number}`)
  await context.close()
})

test("a guest returns delivered goods with a reason through the order link, also without JavaScript, and gets the instructions", async ({
  page,
  request,
  browser,
  baseURL,
}) => {
  const email = uniqueEmail("retour")
  const { number, orderLink, items } = await deliveredGuestOrder(page, request, email)
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const plain = await context.newPage()
  await plain.goto(orderLink)
  await plain.getByRole("link", { name: "Artikelen retourneren" }).click()
  await plain.getByRole("button", { name: "Retour aanmelden" }).click()
  await expect(plain.getByRole("alert")).toHaveText("Kies minstens één artikel.")
  await plain.getByLabel("Aantal").first().selectOption(String(items[0]!.quantity))
  await plain.getByLabel("Reden").first().selectOption("defective")
  await plain.getByRole("button", { name: "Retour aanmelden" }).click()
  await expect(plain.getByTestId("return-requested")).toContainText("Je retour is aangemeld")
  const instructions = await mailTo(email, `Je retour voor bestelling #${number}`)
  expect(instructions.text).toContain(`${items[0]!.quantity} × `)
  await plain.goto(`${orderLink}/return`)
  await expect(plain.getByText("Er is niets (meer) om te retourneren.")).toBeVisible()
  await context.close()
})

test("[P-mail-nothing-without-confirmation] every page's footer leads to the withdrawal function: name, order number and e-mail, a link to the order's own mailbox, and one button there withdraws", async ({
  page,
  browser,
  baseURL,
}) => {
  const email = await placeGuestOrder(page, "herroep-publiek")
  const number = (await page.getByTestId("order-number").innerText()).trim()
  // Later, in another browser: the words of art. 11a in the footer of every kind of page.
  const visitor = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } })
  const other = await visitor.newPage()
  for (const path of ["/nl", "/nl/categories/spots", "/nl/cart", "/nl/privacy"]) {
    await other.goto(path)
    await expect(other.getByTestId("footer-withdraw"), path).toHaveText("Hier de overeenkomst herroepen")
  }
  await other.goto("/en")
  await expect(other.getByTestId("footer-withdraw")).toHaveText("Withdraw from contract here")
  await other.goto("/nl")
  await other.getByTestId("footer-withdraw").click()
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Herroepen — herroep de overeenkomst hier")
  await other.getByLabel("Naam").fill("Anna de Vries")
  await other.getByLabel("Bestelnummer").fill(number)
  await other.getByLabel("E-mailadres van de bestelling").fill(email)
  await other.getByRole("button", { name: "Stuur mij de link" }).click()
  await expect(other.getByTestId("withdrawal-link-sent")).toBeVisible()
  // The link arrives at the order's address and opens that order's withdrawal page, where the statement is confirmed.
  const mail = await mailTo(email, `Herroepen: bestelling #${number}`)
  const link = linkIn(mail, "/order-link/")
  // It carries the signed moment of the statement (art. 11(2): sent in time is in time), which the page passes on.
  expect(new URL(link).searchParams.get("statement")).toMatch(/^\d{13}\.[a-f0-9]{64}$/)
  await other.goto(link)
  await expect(other.getByTestId("withdraw-page")).toBeVisible()
  await other.getByRole("button", { name: "Verder" }).click()
  await other.getByRole("button", { name: "Herroeping bevestigen" }).click()
  await expect(other.getByTestId("withdrawal-received")).toBeVisible()
  // The acknowledgement states the statement's moment and the confirmation's: the backend got the statement.
  const ack = await mailTo(email, /^Ontvangstbevestiging van je herroeping/)
  expect(ack.text).toMatch(
    /ontvangen op \d{1,2} \w+ \d{4} om \d{2}:\d{2} \(bevestigd op \d{1,2} \w+ \d{4} om \d{2}:\d{2}\)/,
  )
  await visitor.close()
})
