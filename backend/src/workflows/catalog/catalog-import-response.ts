import type { LineError } from "./import-rows"

/** What POST /admin/catalog-imports answers: the counts written, or (400) every bad line and nothing written. */
export type CatalogImportResponse =
  | { products: number; created: number; updated: number; variants: number; stock_levels: number }
  | { type: "invalid_data"; message: string; errors: LineError[] }
