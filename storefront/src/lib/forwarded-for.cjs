/**
 * The X-Forwarded-For that Next and the storefront may trust, for a request arriving on `socketAddress`.
 *
 * `next start` fills the header only when a request has none, so a shopper who sends their own would
 * pick the address the backend's per-IP limits count. Here the connecting address is always appended,
 * and what came before it is kept only from `trustedHops` reverse proxies in front of the storefront:
 * the shopper's address is then always the entry `trustedHops` places left of the end.
 */
function forwardedFor(header, socketAddress, trustedHops) {
  const given =
    trustedHops > 0 && header
      ? String(header)
          .split(",")
          .map((part) => part.trim())
          .filter(Boolean)
      : []
  return [...given, socketAddress ?? "unknown"].join(", ")
}

module.exports = { forwardedFor }
