import { downloadGuestExport } from "@/lib/data/data-rights"
import { downloadResponse } from "@/lib/download-response"

/**
 * A verified guest's export, once, while the one-time token posted by the verification page is valid; anything else is
 * a 404.
 */
export async function POST(request: Request) {
  const token = (await request.formData().catch(() => null))?.get("token")
  return downloadResponse(await downloadGuestExport(typeof token === "string" ? token : ""), "application/zip")
}
