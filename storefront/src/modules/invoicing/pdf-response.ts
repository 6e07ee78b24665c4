import "server-only"
import { downloadResponse } from "@/lib/download-response"

/** Passes the backend's PDF through unchanged (same bytes, same file name), never cached; no PDF is a 404. */
export function pdfResponse(upstream: Response | null): Response {
  return downloadResponse(upstream, "application/pdf")
}
