import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { now } from "../../../../lib/clock"
import { sendExport } from "../../../../personal-data/export-archive"
import { customerSubject } from "../../../../personal-data/data-subject"
import { dataMap } from "../../../../lib/data-map"
import { recordDataExportWorkflow } from "../../../../workflows/data-export/record-data-export"

/** GET /store/account/data-export — everything the shop holds about the logged-in customer, as a zip. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const subject = await customerSubject(req.scope, customerId)
  if (!subject) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Customer not found")
  await recordDataExportWorkflow(req.scope).run({
    input: {
      request: { customer_id: customerId, email: subject.email, channel: "self_service", identity_method: "session" },
      actor: { actor_type: "customer", actor_id: customerId },
    },
  })
  await sendExport(req.scope, res, subject, dataMap, now())
}
