import { expect, test } from "@playwright/test"
import { adminLogin } from "./support"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

test("staff see the retention rules in Medusa Admin, preview a run that changes nothing, and start a real one", async ({
  page,
}) => {
  await adminLogin(page)

  await page.goto(`${backendUrl}/app/retention`)
  await expect(page.getByRole("heading", { name: "Bewaartermijnen" })).toBeVisible()
  // The rules come from the data map, Belgian invoices with their own term.
  await expect(page.getByText("Facturen en creditnota's bij een verkoop naar België", { exact: false })).toBeVisible()
  await expect(page.getByRole("cell", { name: "10 jaar na het boekjaar" })).toBeVisible()
  await expect(page.getByText("Volgende run:")).toBeVisible()

  await page.getByRole("button", { name: "Voorbeeld" }).click()
  await expect(page.getByText("Niets is gewijzigd: dit is een proefrun.")).toBeVisible()

  await page.getByRole("button", { name: "Nu uitvoeren" }).click()
  await page.getByRole("button", { name: "Nu uitvoeren" }).last().click()
  const latest = page.getByRole("row").filter({ hasText: "medewerker" }).filter({ hasText: "voltooid" })
  // The preview and the real run are both listed, as runs by staff.
  await expect(latest).toHaveCount(2, { timeout: 30_000 })
})
