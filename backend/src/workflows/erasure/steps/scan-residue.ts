import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { scanResidue, type PersonTokens } from "../../../personal-data/residue-scan"

/** Verifies the erasure: the person must be found nowhere outside the columns held for the law. Read-only. */
export const scanResidueStep = createStep(
  "scan-residue",
  async (
    { tokens, request_id, order_ids }: { tokens: PersonTokens; request_id: string; order_ids: string[] },
    { container },
  ) => {
    return new StepResponse(
      await scanResidue(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), tokens, {
        requestId: request_id,
        orderIds: order_ids,
      }),
    )
  },
)
