export function forwardedFor(
  header: string | string[] | undefined,
  socketAddress: string | undefined,
  trustedHops: number,
): string
