import "server-only"

/** Passes the backend's PDF through unchanged (same bytes, same file name), never cached; no PDF is a 404. */
export function pdfResponse(upstream: Response | null): Response {
  if (!upstream) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } })
  return new Response(upstream.body, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": upstream.headers.get("content-disposition") ?? "attachment",
      "cache-control": "private, no-store",
    },
  })
}
