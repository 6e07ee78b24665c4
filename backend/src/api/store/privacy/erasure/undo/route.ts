import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelErasureWorkflow } from "../../../../../workflows/erasure/cancel-erasure"

/** POST /store/privacy/erasure/undo — the mailed undo link: the erasure does not run and login works again. */
export async function POST(req: MedusaRequest<{ token: string }>, res: MedusaResponse) {
  await cancelErasureWorkflow(req.scope).run({ input: { secret: req.validatedBody.token } })
  res.json({ cancelled: true })
}
