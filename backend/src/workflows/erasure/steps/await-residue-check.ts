import { z } from "zod"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"
import type { FinishErasureInput } from "../finish-erasure"

/** What a stored residue check must hold to be run: the shape awaitResidueCheckStep writes. */
export const residueCheckSchema = z.object({
  tokens: z.object({
    strings: z.array(z.string()),
    phones: z.array(z.string()),
    names: z.array(z.object({ first: z.string(), last: z.string() })),
  }),
  order_ids: z.array(z.string()),
  erased_at: z.iso.datetime(),
  email: z.string().min(3),
  locale: z.enum(["nl", "en"]),
  subject: z.enum(["customer", "guest"]),
  documents: z.array(z.object({ issued_at: z.string(), country_code: z.string() })),
  changed: z.record(z.string(), z.number()),
})

/** What the night's residue check needs of one erasure: whom to look for, and what its receipt will say. */
export type ResidueCheck = Omit<FinishErasureInput, "request_id" | "scan" | "erased_at"> & {
  order_ids: string[]
  /** When the erasure ran: rows created after it are not its residue. */
  erased_at: string
}

/**
 * Leaves the erased request claimed, with what the night's check looks for (checkErasuresJob); the request keeps
 * the address until then. No compensation: it records an erasure that has already happened (taking it back would
 * leave the erased person with no check and no receipt).
 */
export const awaitResidueCheckStep = createStep(
  "await-residue-check",
  async ({ request_id, check }: { request_id: string; check: ResidueCheck }, { container }) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    await requests.moveDataRequest(request_id, "awaitResidueCheck", { residue_check: check })
    return new StepResponse(undefined)
  },
)
