import { localeOr } from "@helder/contract"
import { downloadWithdrawalForm } from "@/lib/data/orders"
import { pdfResponse } from "@/modules/invoicing/pdf-response"

/** The EU model withdrawal form as a PDF, in the page's language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  return pdfResponse(await downloadWithdrawalForm(localeOr(locale)))
}
