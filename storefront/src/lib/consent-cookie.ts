/**
 * The JSON the banner library keeps in the consent cookie, read from the cookie's value as stored
 * (plain or URI-encoded); null when it is neither. Used by the server (which checks it against its
 * schema) and by the banner in the browser (which needs its policy revision).
 */
export function consentCookieJson(raw: string): unknown {
  for (const text of [raw, safeDecode(raw)]) {
    try {
      return JSON.parse(text) as unknown
    } catch {
      // not JSON in this form; try the next
    }
  }
  return null
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
