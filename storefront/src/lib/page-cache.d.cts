import type { IncomingMessage, ServerResponse } from "node:http"

export type RenderedPage = { status: number; headers: Record<string, string>; setCookies: string[]; body: string }

export function isCatalogPageRequest(req: Pick<IncomingMessage, "method" | "url" | "headers">): boolean

export function createPageCache(options: {
  render: (path: string) => Promise<RenderedPage>
  ttlMs?: number
  maxEntries?: number
  now?: () => number
  newNonce?: () => string
}): {
  serve(req: IncomingMessage, res: ServerResponse): Promise<boolean>
  clear(): void
  readonly size: number
}
