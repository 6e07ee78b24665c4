import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { planCatalogImport } from "../../../lib/catalog-import/plan"
import { readImportFile } from "../../../lib/catalog-import/rows"
import type { CatalogImportResponse } from "../../../lib/catalog-import/types"
import { importCatalogWorkflow } from "../../../workflows/catalog/import-catalog"
import type { CatalogImportBody } from "./validators"

/**
 * POST /admin/catalog-imports — imports products from a CSV file, all or nothing: 200 with what was
 * written, or 400 with every bad line (header = line 1) and nothing written. Products are matched by
 * handle and variants by sku, so importing the same file again changes nothing.
 */
export async function POST(req: AuthenticatedMedusaRequest<CatalogImportBody>, res: MedusaResponse<CatalogImportResponse>) {
  const file = readImportFile(req.validatedBody.csv)
  const planned = file.ok ? await planCatalogImport(req.scope, file.products) : file
  if (!planned.ok) {
    const lines = new Set(planned.errors.map((error) => error.line)).size
    return res.status(400).json({ type: "invalid_data", message: `Nothing was imported: ${lines} line(s) need fixing.`, errors: planned.errors })
  }
  const started = Date.now()
  // Checked here rather than by throwOnError: a failure in a nested workflow can come back as errors without a throw.
  const { result, errors } = await importCatalogWorkflow(req.scope).run({ input: planned.plan, throwOnError: false })
  if (errors.length) throw errors.find((failure) => failure?.error)?.error ?? new Error("the catalog import failed and was rolled back")
  const products = result.created + result.updated
  // Counts only: the file holds no personal data, but the log needs no product data either.
  req.scope.resolve(ContainerRegistrationKeys.LOGGER).info(`catalog import: ${products} product(s), ${result.variants} variant(s) in ${Date.now() - started} ms`)
  res.json({ ...result, products })
}
