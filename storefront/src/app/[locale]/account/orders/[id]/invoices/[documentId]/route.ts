import { downloadAccountInvoice } from "@/lib/data/orders"
import { pdfResponse } from "@/modules/invoicing/pdf-response"

/** An invoice or credit note of the logged-in customer's own order; anything else is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; documentId: string }> }) {
  const { id, documentId } = await params
  return pdfResponse(await downloadAccountInvoice(id, documentId))
}
