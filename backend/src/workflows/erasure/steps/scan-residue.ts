import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { scanResidue } from "../../../lib/erasure/residue-scan"

/** Verifies the erasure: the person's strings must be found nowhere outside the legal-hold tables. Read-only. */
export const scanResidueStep = createStep("scan-residue", async ({ needles }: { needles: string[] }, { container }) => {
  return new StepResponse(await scanResidue(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), needles))
})
