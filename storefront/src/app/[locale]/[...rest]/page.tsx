import { notFound } from "next/navigation"

/**
 * Any address under a language that the shop does not know: the shop's own 404 page inside its layout,
 * so the header, the footer and "Cookie-instellingen" are there on every page (Next's bare 404 has none).
 */
export default function UnknownPage() {
  notFound()
}
