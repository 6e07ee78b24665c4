/**
 * The shop's own pages about buying from it, by language: both apps link to them (pages, terms text,
 * mail). A file of its own, without zod, so client components can import it from the browser entry.
 */
export const SHOP_INFO_PATHS = {
  terms: { nl: "/algemene-voorwaarden", en: "/terms" },
  delivery: { nl: "/levering", en: "/delivery" },
  returns: { nl: "/retourneren", en: "/returns" },
  guarantee: { nl: "/garantie", en: "/guarantee" },
} as const
