import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules, MedusaError } from "@medusajs/framework/utils"

/**
 * Disables a staff user's second factors (Medusa's auth module), so they enrol a new one at their next
 * login; their recovery codes stop counting with them. Returns how many factors were disabled.
 */
export const disableSecondFactorStep = createStep(
  "disable-second-factor",
  async (input: { user_id: string }, { container }) => {
    const user = await container.resolve(Modules.USER).retrieveUser(input.user_id)
    const auth = container.resolve(Modules.AUTH)
    const identities = await auth.listProviderIdentities({ entity_id: user.email, provider: "emailpass" })
    const identityId = identities[0]?.auth_identity_id
    if (!identityId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This staff user has no password login.")
    const factors = await auth.listAuthMfa({ auth_identity_id: identityId, status: ["enabled", "pending"] })
    for (const factor of factors) await auth.disableAuthMfa({ id: factor.id })
    return new StepResponse({ disabled: factors.length })
  },
)
