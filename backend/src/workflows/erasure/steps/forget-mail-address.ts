import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Deletes the stored notifications to an erased address: the receipt is the last mail, and Medusa
 * keeps a row (with the address) for every mail it sends.
 */
export const forgetMailAddressStep = createStep(
  "forget-mail-address",
  async ({ email }: { email: string }, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const result = await pg.raw(`delete from notification where lower("to") = ?`, [email.toLowerCase()])
    return new StepResponse(Number(result.rowCount ?? 0))
  },
)
