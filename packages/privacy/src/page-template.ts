// Segments that are keys or personal ids (order-link tokens, order ids, verification tokens) never reach the
// statistics.
const SECRET_AFTER = new Set([
  "order-link",
  "orders",
  "invoices",
  "verify",
  "reset-password",
  "confirm-email",
  "newsletter",
])

/**
 * The page a path belongs to, without anything that could identify a person: no query or fragment,
 * and ids or tokens replaced by `:id`. Product and category handles stay (they are the catalog).
 */
export function pageTemplate(path: string): string {
  const segments = path.split(/[?#]/)[0]!.split("/").filter(Boolean)
  const kept = segments.map((segment, i) => {
    const safe = /^[a-z0-9-]{1,60}$/.test(segment)
    return !safe || (i > 0 && SECRET_AFTER.has(segments[i - 1]!)) ? ":id" : segment
  })
  return `/${kept.join("/")}`.slice(0, 200)
}
