import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"
import type { FinishErasureInput } from "../finish-erasure"
import type { PersonTokens } from "../../../personal-data/residue-scan"

/** What the night's residue check needs of one erasure: whom to look for, and what its receipt will say. */
export type ResidueCheck = Omit<FinishErasureInput, "request_id" | "scan"> & {
  tokens: PersonTokens
  order_ids: string[]
  /** When the erasure ran: rows created after it are not its residue. */
  erased_at: string
}

/**
 * Leaves the erased request claimed, with what the night's check looks for (checkErasuresJob); the request keeps
 * the address until then. Compensation: the request as it was.
 */
export const awaitResidueCheckStep = createStep(
  "await-residue-check",
  async ({ request_id, check }: { request_id: string; check: ResidueCheck }, { container }) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const { previous } = await requests.moveDataRequest(request_id, "awaitResidueCheck", { residue_check: check })
    return new StepResponse(undefined, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE).restoreDataRequest(previous)
  },
)
