import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { REVALIDATION_HEADER, revalidationBodySchema, verifyRevalidation } from "@helder/schemas"
import { invalidBody } from "@/lib/api-response"
import { config } from "@/lib/config"

/**
 * POST /api/revalidate — the backend's signed call when catalog data changed (a price, a product, a
 * category): the named cache tags expire at once, so the next visitor sees the change. Without the
 * shared secret configured there is nothing to verify with, and the route does not exist.
 */
export async function POST(request: NextRequest) {
  if (!config.STOREFRONT_SECRET) return NextResponse.json({ message: "Not found" }, { status: 404 })
  const raw = await request.text()
  if (
    !(await verifyRevalidation(
      config.STOREFRONT_SECRET,
      raw,
      request.headers.get(REVALIDATION_HEADER),
      Math.floor(Date.now() / 1000),
    ))
  ) {
    return NextResponse.json({ message: "The signature is missing, wrong or expired" }, { status: 401 })
  }
  let body: unknown = null
  try {
    body = JSON.parse(raw)
  } catch {
    // reported below as a malformed body
  }
  const parsed = revalidationBodySchema.safeParse(body)
  if (!parsed.success) return invalidBody(parsed.error)
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 })
  return NextResponse.json({ revalidated: parsed.data.tags })
}
