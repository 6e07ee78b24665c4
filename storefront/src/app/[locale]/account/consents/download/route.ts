import { getAccountSession } from "@/lib/cookies"
import { getAccountConsents } from "@/lib/data/consent"
import { jsonDownload } from "@/modules/consent/json-download"

/** GET — the logged-in customer's consent history as a JSON file. */
export async function GET() {
  if (!(await getAccountSession())) return new Response("Not logged in", { status: 401 })
  return jsonDownload("helder-toestemmingen.json", { records: await getAccountConsents() })
}
