import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ImportProduct } from "../import-product"
import { planCatalogImport } from "../plan-catalog-import"

/** Matches the file's products against the stored catalog: what to write, or every line that cannot be. Reads only. */
export const planCatalogImportStep = createStep(
  "plan-catalog-import",
  async (input: { products: ImportProduct[] }, { container }) => {
    return new StepResponse(await planCatalogImport(container, input.products))
  },
)
