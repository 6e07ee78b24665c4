export type RevalidationMessage = { body: string; signature: string | undefined }
export type RevalidationAnswer = { status: number; body: string; contentType?: string }

export function createRevalidationBus(options: {
  redisUrl: string | undefined
  onMessage: (message: RevalidationMessage) => void
  onResubscribed?: () => void
  log?: (line: string) => void
  channel?: string
}): { publish(message: RevalidationMessage): Promise<number>; readonly ready: boolean; close(): void }

export function createSharedRevalidation(options: {
  redisUrl: string | undefined
  applyHere: (message: RevalidationMessage) => Promise<RevalidationAnswer>
  /** STOREFRONT_SECRET: signs the instance's own revalidation of the whole catalog after a cut subscription. */
  secret?: string
  log?: (line: string) => void
  channel?: string
}): { accept(message: RevalidationMessage): Promise<RevalidationAnswer>; readonly ready: boolean; close(): void }
