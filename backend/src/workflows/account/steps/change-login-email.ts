import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ChangeLoginEmailInput = { customer_id: string; new_email: string }

/**
 * Moves the login and the customer record to the new address together; undo moves both back.
 * Fails when the address got an account in the meantime.
 */
export const changeLoginEmailStep = createStep(
  "change-login-email",
  async (input: ChangeLoginEmailInput, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const auth = container.resolve(Modules.AUTH)
    const taken = await customers.listCustomers({ email: input.new_email, has_account: true })
    if (taken.length > 0) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is invalid or has expired.")
    const customer = await customers.retrieveCustomer(input.customer_id)
    const [identity] = await auth.listProviderIdentities({ entity_id: customer.email, provider: "emailpass" })
    if (!identity) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is invalid or has expired.")
    await auth.updateProviderIdentities([{ id: identity.id, entity_id: input.new_email }])
    await customers.updateCustomers(customer.id, { email: input.new_email })
    return new StepResponse(
      { old_email: customer.email },
      { customer_id: customer.id, identity_id: identity.id, old_email: customer.email },
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await container
      .resolve(Modules.AUTH)
      .updateProviderIdentities([{ id: previous.identity_id, entity_id: previous.old_email }])
    await container.resolve(Modules.CUSTOMER).updateCustomers(previous.customer_id, { email: previous.old_email })
  },
)
