import { expect, test } from "@playwright/test"
import { adminLogin } from "./support"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

const HEADER =
  "handle,title,option1_title,option1_value,sku,price_eur,stock,fitting,kelvin,wattage,lumen,dimmable,ip_rating,energy_class"

/** A draft (so the shop's pages stay as the other tests expect them) in two colour temperatures. */
function csv(kelvin: string) {
  const handle = `e2e-import-${Date.now()}`
  return [
    HEADER,
    `${handle},E2E importlamp,Kleurtemperatuur,2700 K,${handle}-2700,"12,95",5,E27,${kelvin},5.9,806,true,IP20,B`,
    `${handle},E2E importlamp,Kleurtemperatuur,4000 K,${handle}-4000,12.95,5,E27,4000,5.9,806,true,IP20,B`,
  ].join("\n")
}

test("staff import a CSV in Medusa Admin: a bad line is shown with its number and nothing is imported, a good file is", async ({
  page,
}) => {
  await adminLogin(page)
  await page.goto(`${backendUrl}/app/catalog-import`)
  await expect(page.getByRole("heading", { name: "Assortiment importeren" })).toBeVisible()
  const file = page.getByTestId("catalog-import-file")

  await file.setInputFiles({ name: "fout.csv", mimeType: "text/csv", buffer: Buffer.from(csv("warm")) })
  await page.getByRole("button", { name: "Importeren" }).click()
  await expect(page.getByText("Nothing was imported: 1 line(s) need fixing.")).toBeVisible()
  const row = page.getByRole("row").filter({ hasText: "kelvin: must be a number" })
  await expect(row.getByRole("cell").first()).toHaveText("2")

  await file.setInputFiles({ name: "goed.csv", mimeType: "text/csv", buffer: Buffer.from(csv("2700")) })
  await page.getByRole("button", { name: "Importeren" }).click()
  await expect(page.getByText("1 producten geïmporteerd (1 nieuw, 0 bijgewerkt), 2 varianten")).toBeVisible()
})
