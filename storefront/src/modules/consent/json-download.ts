/** A JSON attachment that no cache keeps (it is one visitor's record). */
export function jsonDownload(filename: string, body: unknown): Response {
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
    },
  })
}
