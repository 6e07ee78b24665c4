import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { scanResidueOfMany } from "../../../personal-data/residue-scan"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"
import type { FinishErasureInput } from "../finish-erasure"
import { residueCheckSchema, type ResidueCheck } from "./await-residue-check"

/**
 * The night's residue check: one search of the whole database for everyone whose erasure waits for it, each
 * counting only rows created up to their erasure and never their own request. Returns what finishes each erasure.
 * Read-only.
 */
export const scanAwaitingErasuresStep = createStep("scan-awaiting-erasures", async (_: void, { container }) => {
  const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // Read as stored, never trusted: one unreadable row waits for staff (named by id), the others are checked.
  const awaiting = (await requests.listAwaitingResidueCheck()).flatMap(({ id, residue_check }) => {
    const parsed = residueCheckSchema.safeParse(residue_check)
    if (parsed.success) return [{ id, check: parsed.data as ResidueCheck }]
    logger.error(`erasure ${id}: its residue check cannot be read (${parsed.error.issues[0]?.path.join(".")})`)
    return []
  })
  const scans = await scanResidueOfMany(
    container.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    awaiting.map(({ id, check }) => ({
      tokens: check.tokens,
      requestId: id,
      orderIds: check.order_ids,
      before: new Date(check.erased_at),
    })),
  )
  return new StepResponse(
    awaiting.map(({ id, check: { order_ids: _orders, ...rest } }, i) => ({
      ...rest,
      request_id: id,
      scan: scans[i]!,
    })) satisfies FinishErasureInput[],
  )
})
