import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RegisterAuthIdentityInput = { email: string; password: string }

/** Creates the e-mail/password login (the password is hashed by Medusa's emailpass provider). */
export const registerAuthIdentityStep = createStep(
  "register-auth-identity",
  async (input: RegisterAuthIdentityInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", { body: input })
    if (!success || !authIdentity) throw new MedusaError(MedusaError.Types.INVALID_DATA, error ?? "registration failed")
    return new StepResponse(authIdentity.id, authIdentity.id)
  },
  async (authIdentityId, { container }) => {
    if (authIdentityId) await container.resolve(Modules.AUTH).deleteAuthIdentities([authIdentityId])
  },
)
