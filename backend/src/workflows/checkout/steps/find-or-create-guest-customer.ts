import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The guest customer (no account) for an e-mail address, created when there is none yet. */
export const findOrCreateGuestCustomerStep = createStep(
  "find-or-create-guest-customer",
  async ({ email }: { email: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const [existing] = await customers.listCustomers({ email, has_account: false }, { select: ["id"], take: 1 })
    if (existing) return new StepResponse(existing.id, null)
    const created = await customers.createCustomers({ email })
    return new StepResponse(created.id, created.id)
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve(Modules.CUSTOMER).deleteCustomers(createdId)
  },
)
