import { downloadGuestExport } from "@/lib/data/data-rights"
import { downloadResponse } from "@/lib/download-response"

/** A verified guest's export, while the link from the verification page is valid; anything else is a 404. */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? ""
  return downloadResponse(await downloadGuestExport(token), "application/zip")
}
