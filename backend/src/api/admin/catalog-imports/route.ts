import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CatalogImportResponse } from "../../../workflows/catalog/catalog-import-response"
import { importCatalogFileWorkflow } from "../../../workflows/catalog/import-catalog-file"
import { readImportFile, type LineError } from "../../../workflows/catalog/import-rows"
import type { CatalogImportBody } from "./validators"

/**
 * POST /admin/catalog-imports — imports products from a CSV file, all or nothing: 200 with what was
 * written, or 400 with every bad line (header = line 1) and nothing written. Products are matched by
 * handle and variants by sku, so importing the same file again changes nothing.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<CatalogImportBody>,
  res: MedusaResponse<CatalogImportResponse>,
) {
  const file = readImportFile(req.validatedBody.csv)
  if (!file.ok) return refuse(res, file.errors)
  const started = Date.now()
  // Checked here rather than by throwOnError: a failure in a nested workflow can come back as errors without a throw.
  const { result, errors } = await importCatalogFileWorkflow(req.scope).run({
    input: { products: file.products },
    throwOnError: false,
  })
  if (errors.length)
    throw errors.find((failure) => failure?.error)?.error ?? new Error("the catalog import failed and was rolled back")
  if (!result.ok) return refuse(res, result.errors)
  const products = result.created + result.updated
  // Counts only: the file holds no personal data, but the log needs no product data either.
  req.scope
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`catalog import: ${products} product(s), ${result.variants} variant(s) in ${Date.now() - started} ms`)
  res.json({
    created: result.created,
    updated: result.updated,
    variants: result.variants,
    stock_levels: result.stock_levels,
    products,
  })
}

/** 400 with every bad line; nothing was written. */
function refuse(res: MedusaResponse<CatalogImportResponse>, errors: LineError[]) {
  const lines = new Set(errors.map((error) => error.line)).size
  res.status(400).json({ type: "invalid_data", message: `Nothing was imported: ${lines} line(s) need fixing.`, errors })
}
