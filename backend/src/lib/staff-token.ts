/** How soon after a staff login its token must first be used (to start an admin session). */
export const FIRST_USE_MS = 5 * 60_000

/**
 * Whether a staff token was issued moments ago (its `iat`, in real time: the token's clock, not the
 * shop's). Only such a token starts an admin session, so a token kept aside cannot start a new one
 * past the 30-minute idle and 12-hour end of the login it came from. The signature was checked before.
 */
export function isFreshToken(token: string, nowMs = Date.now()): boolean {
  try {
    const { iat } = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as { iat?: number }
    return typeof iat === "number" && nowMs - iat * 1000 <= FIRST_USE_MS
  } catch {
    return false
  }
}

/** The actor type a token names (`user`, `customer`); its signature is checked by Medusa, not here. */
export function tokenActorType(token: string): string | null {
  try {
    return (
      (JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as { actor_type?: string })
        .actor_type ?? null
    )
  } catch {
    return null
  }
}
