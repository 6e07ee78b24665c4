import { createStep } from "@medusajs/framework/workflows-sdk"
import { refuseProductProblems } from "../lighting-spec"

export type CheckCatalogInput = { product_ids: string[] }

/**
 * The publish checks Medusa's product workflows run in their hooks (workflows/hooks/lighting-spec.ts), on
 * products the import updated step by step: judged once all their parts are written, so a change that
 * moves a key between product and variant is not refused halfway. A refusal rolls the import back.
 * Reads only, so nothing to compensate.
 */
export const checkCatalogStep = createStep("check-catalog", async (input: CheckCatalogInput, { container }) => {
  await refuseProductProblems(
    container,
    input.product_ids.map((id) => ({ id })),
  )
})
