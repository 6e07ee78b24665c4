import { getConsentCookie } from "@/lib/cookies"
import { getConsentHistory } from "@/lib/data/consent"
import { jsonDownload } from "@/modules/consent/json-download"

/** GET — this browser's consent history as a JSON file. */
export async function GET() {
  const cookie = await getConsentCookie()
  const records = cookie ? await getConsentHistory(cookie.consentId) : null
  if (!cookie || !records) return new Response("No consent record in this browser", { status: 404 })
  return jsonDownload(`helder-toestemming-${cookie.consentId}.json`, { consent_id: cookie.consentId, records })
}
