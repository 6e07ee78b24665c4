import { expect, test } from "@playwright/test"
import { SURFACE } from "../../backend/src/api/surface/routes"
import { addFirstProductToCart, logIn, registerAndVerify, uniqueEmail } from "./support"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"
const PASSWORD = "lamp-kap-messing-47"

// A stand-in id of the right shape for each path parameter: the guard must refuse before any lookup.
const placeholder = (pattern: string) =>
  pattern.replace(
    /:([a-z_]+)/g,
    (_, name: string) =>
      `${name === "address_id" ? "cuaddr" : name === "document_id" ? "invdoc" : "cart"}_01M95QFDHWX1MPY1JCGCYVDHQD`,
  )

test("after logging out in the browser, the old token and session open no customer route, Medusa's or Helder's", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("uitgelogd")
  await registerAndVerify(page, email, PASSWORD)
  await logIn(page, email, PASSWORD)
  await addFirstProductToCart(page, "/nl/categories/led-lampen")
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("helder_account"))
  const [token, session] = decodeURIComponent(cookie!.value).split(" ")
  const headers = {
    "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
    authorization: `Bearer ${token}`,
    "x-helder-session": session!,
  }
  // While logged in, the same credentials work.
  expect((await request.get(`${backendUrl}/store/customers/me/addresses`, { headers })).status()).toBe(200)

  await page.goto("/nl/account")
  await page.getByRole("button", { name: "Uitloggen" }).click()
  await expect(page.getByTestId("account-link")).toHaveText("Inloggen")

  const customerRoutes = Object.entries(SURFACE)
    .filter(([, exposure]) => exposure.kind === "customer")
    .map(([key]) => key.split(" ") as [string, string])
  expect(customerRoutes.length).toBeGreaterThan(15)
  // Medusa's cart routes with the old token too: a token may not carry a customer into a cart.
  const withToken = [...customerRoutes, ["POST", "/store/carts"], ["POST", "/store/payment-collections"]] as [
    string,
    string,
  ][]
  const answers: string[] = []
  for (const [method, pattern] of withToken) {
    const response = await request.fetch(`${backendUrl}${placeholder(pattern)}`, {
      method,
      headers,
      data: method === "GET" ? undefined : {},
    })
    answers.push(`${method} ${pattern} ${response.status()}`)
  }
  expect(answers.filter((answer) => !answer.endsWith(" 401"))).toEqual([])
})
