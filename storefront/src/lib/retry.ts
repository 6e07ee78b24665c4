/**
 * Runs `attempt` again when it fails with an error `retryable` accepts, waiting a little longer each
 * time; after `times` retries the last error is thrown.
 */
export async function retrying<T>(
  attempt: () => Promise<T>,
  retryable: (error: unknown) => boolean,
  { times = 2, delayMs = 1000 } = {},
): Promise<T> {
  for (let tried = 0; ; tried++) {
    try {
      return await attempt()
    } catch (error) {
      if (tried >= times || !retryable(error)) throw error
      await new Promise((resolve) => setTimeout(resolve, delayMs * (tried + 1)))
    }
  }
}
