import { z } from "@medusajs/framework/zod"

/** An import file is sent as its text; 20 MB holds some 20 000 variant rows. */
export const CATALOG_IMPORT_MAX_CHARS = 20_000_000

/** Body of POST /admin/catalog-imports: the CSV file's text (columns: workflows/catalog/import-columns.ts). */
export const catalogImportBodySchema = z
  .object({ csv: z.string().min(1, "the file is empty").max(CATALOG_IMPORT_MAX_CHARS) })
  .strict()
export type CatalogImportBody = z.infer<typeof catalogImportBodySchema>
