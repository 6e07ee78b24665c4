import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retentionOverview } from "./overview"

/** GET /admin/retention — the rules in force, the schedule and next run, the last runs, inactive-account warnings. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await retentionOverview(req.scope))
}
