import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sellerFromEnv } from "../../../modules/invoicing/seller"
import { renderWithdrawalFormPdf } from "../../../returns/withdrawal-form-pdf"

/**
 * GET /store/withdrawal-form?lang=nl|en (Medusa takes `locale` for itself) — the EU model withdrawal form as a PDF,
 * with the shop's details filled in.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const locale = req.validatedQuery.lang === "en" ? "en" : "nl"
  const pdf = await renderWithdrawalFormPdf(sellerFromEnv(), locale)
  res.setHeader("content-type", "application/pdf")
  res.setHeader(
    "content-disposition",
    `attachment; filename="${locale === "nl" ? "modelformulier-herroeping" : "model-withdrawal-form"}.pdf"`,
  )
  res.send(pdf)
}
