import "server-only"

/** Passes a backend download through unchanged (same bytes, same file name), never cached; no file is a 404. */
export function downloadResponse(upstream: Response | null, contentType: string): Response {
  if (!upstream) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } })
  return new Response(upstream.body, {
    headers: {
      "content-type": contentType,
      "content-disposition": upstream.headers.get("content-disposition") ?? "attachment",
      "cache-control": "private, no-store",
    },
  })
}
