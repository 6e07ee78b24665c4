import { downloadAccountExport } from "@/lib/data/data-rights"
import { downloadResponse } from "@/lib/download-response"

/** "Download mijn gegevens": everything the shop holds about the logged-in customer, as a zip. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = (await params).locale === "en" ? "en" : "nl"
  const result = await downloadAccountExport()
  if (result === "login") return Response.redirect(new URL(`/${locale}/account/login`, request.url), 303)
  if (result === "limited")
    return Response.redirect(new URL(`/${locale}/account?export=limited#data-rights`, request.url), 303)
  return downloadResponse(result, "application/zip")
}
