import type { CatalogImportResponse } from "../../workflows/catalog/catalog-import-response"

/** The result of one upload: what was written, or the lines to fix (nothing written). */
export type ImportOutcome =
  | { ok: true; result: Extract<CatalogImportResponse, { products: number }> }
  | { ok: false; message: string; errors: { line: number; message: string }[] }

/** Sends the file's text to POST /admin/catalog-imports; a 400 comes back as its line errors, not as a throw. */
export async function importCatalog(csv: string): Promise<ImportOutcome> {
  const response = await fetch("/admin/catalog-imports", {
    method: "POST",
    credentials: "include",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ csv }),
  })
  const body = (await response.json().catch(() => ({}))) as Partial<Record<string, unknown>>
  if (response.ok) return { ok: true, result: body as Extract<CatalogImportResponse, { products: number }> }
  const errors = Array.isArray(body.errors) ? (body.errors as { line: number; message: string }[]) : []
  return {
    ok: false,
    message: typeof body.message === "string" ? body.message : `Import failed (${response.status})`,
    errors,
  }
}
