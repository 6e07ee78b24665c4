import QRCode from "qrcode"
import { energyLabelSvg, eprelQrUrl } from "@helder/lighting"
import { getProduct } from "@/lib/data/products"

type Params = { params: Promise<{ handle: string; variant: string }> }

/**
 * GET /api/energy-label/:handle/:variant — the full energy label of a light source variant as SVG
 * (Regulation (EU) 2019/2015, Annex III), drawn from the catalog with the QR code to its EPREL page.
 * The label holds no personal data, so it may be cached like the product page itself; an unknown
 * product or variant, or one that carries no label (a luminaire), is a 404.
 */
export async function GET(_request: Request, { params }: Params) {
  const { handle, variant } = await params
  const product = await getProduct(handle, "nl")
  const label = product?.variants.find((candidate) => candidate.id === variant)?.energyLabel
  if (!label) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } })
  const { modules } = QRCode.create(eprelQrUrl(label.registration), { errorCorrectionLevel: "M" })
  const svg = energyLabelSvg(label, { size: modules.size, isDark: (row, column) => Boolean(modules.get(row, column)) })
  return new Response(svg, {
    headers: { "content-type": "image/svg+xml; charset=utf-8", "cache-control": "public, max-age=300" },
  })
}
