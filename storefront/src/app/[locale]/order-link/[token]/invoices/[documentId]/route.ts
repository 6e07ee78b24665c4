import { downloadOrderLinkInvoice } from "@/lib/data/orders"
import { pdfResponse } from "@/modules/invoicing/pdf-response"

/** An invoice or credit note of the order behind a guest's signed link; an expired or tampered link is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string; documentId: string }> }) {
  const { token, documentId } = await params
  return pdfResponse(await downloadOrderLinkInvoice(token, documentId))
}
