// The shop's logs must hold no personal data and no secret: the e2e stage scans every line the backend
// and storefront wrote while the browser tests ran (issue: "no personal data or token in any log line").

const PATTERNS = [
  { kind: "e-mail address", pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  // Dutch and Belgian numbers as shoppers type them: 06 1234 5678, 055-123 4567, +31 6 12345678, +32 …
  { kind: "phone number", pattern: /(?<![\w.:+-])(?:\+3[12][ -]?|0)[1-9](?:[ -]?\d){7,8}(?![\w.])/g },
  { kind: "JWT", pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g },
  { kind: "bearer token", pattern: /\bBearer\s+[A-Za-z0-9._~+/-]{16,}/gi },
  // A token, secret or password handed over in an address or a logged object.
  {
    kind: "token or password value",
    pattern: /\b(?:token|secret|password|session)["']?\s*[=:]\s*["']?(?!\[redacted\])[A-Za-z0-9._~+/%-]{12,}/gi,
  },
  { kind: "Stripe secret", pattern: /\b(?:sk|rk|whsec)_[A-Za-z0-9_]{8,}/g },
  // Medusa's JSON request log: an IP address kept whole (the backend cuts it to its /24 or /48), or a user agent.
  {
    kind: "full IP address",
    pattern: /"client_ip":"(?:(?:\d{1,3}\.){3}(?!0")\d{1,3}|(?:::ffff:)[\d.]+|[0-9a-f]*:[0-9a-f:]*[0-9a-f]+)"/gi,
  },
  { kind: "user agent", pattern: /"user_agent":"[^"]+"/g },
]

/**
 * The log lines that carry personal data or a secret, each with what was found (the value itself
 * masked, so the report does not repeat the leak). `allow` lists values that are no one's data (the
 * shop's own address).
 */
export function findLeaks(lines, { allow = [] } = {}) {
  const allowed = new Set(allow.map((value) => value.toLowerCase()))
  const leaks = []
  for (const [index, raw] of lines.entries()) {
    // An address in a URL is percent-encoded (anna%40example.nl): read it decoded.
    const line = raw.replace(/%[0-9A-Fa-f]{2}/g, (code) => String.fromCharCode(parseInt(code.slice(1), 16)))
    for (const { kind, pattern } of PATTERNS) {
      for (const [match] of line.matchAll(pattern)) {
        if (allowed.has(match.toLowerCase())) continue
        leaks.push({
          line: index + 1,
          kind,
          masked: `${match.slice(0, 3)}…(${match.length} chars)`,
          context: line.replace(match, "•••").slice(0, 160),
        })
      }
    }
  }
  return leaks
}
