import { expect, test } from "@playwright/test"
import { seededProducts } from "./seed-data"

/** Hosts of social networks and of the share widgets that load them. */
const SOCIAL =
  /(^|[./])(facebook\.com|facebook\.net|fb\.com|fb\.me|fbcdn\.net|twitter\.com|x\.com|t\.co|instagram\.com|pinterest\.[a-z.]+|linkedin\.com|tiktok\.com|whatsapp\.com|wa\.me|youtube\.com|youtu\.be|threads\.net|bsky\.app|addthis\.com|sharethis\.com)$/i
/** Every address a page's markup points at: links, scripts, images, frames, forms. */
const ADDRESS = /\s(?:href|src|srcset|action|formaction|data|poster)=["']([^"']+)["']/gi

test("[P-no-social-media] no page of the shop loads or links to a social network: the home page, every category, every product and the policies, in both languages", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(300_000)
  const products = await seededProducts(request)
  const categories = [...new Set(products.flatMap((product) => product.categories))]
  const paths = [
    "",
    "/privacy",
    "/cookies",
    "/contact",
    ...categories.map((handle) => `/categories/${handle}`),
    ...products.map((product) => `/products/${product.handle}`),
  ]
  const found: string[] = []
  let pages = 0
  for (const locale of ["nl", "en"]) {
    for (const path of paths) {
      const response = await request.get(`/${locale}${path}`)
      expect(response.status(), `/${locale}${path}`).toBe(200)
      pages++
      for (const [, value] of (await response.text()).matchAll(ADDRESS)) {
        for (const candidate of (value ?? "").split(",").map((part) => part.trim().split(/\s+/)[0]!)) {
          const host =
            candidate.startsWith("//") || /^[a-z]+:/i.test(candidate) ? new URL(candidate, baseURL).hostname : ""
          if (SOCIAL.test(host)) found.push(`/${locale}${path}: ${candidate}`)
        }
      }
    }
  }
  expect(pages).toBe(2 * (4 + categories.length + products.length))
  expect(found).toEqual([])
})
