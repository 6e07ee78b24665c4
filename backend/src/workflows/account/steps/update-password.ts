import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type UpdatePasswordInput = { email: string; password: string }

/** Sets a new password through Medusa's emailpass provider (which hashes it); undo restores the old hash. */
export const updatePasswordStep = createStep(
  "update-password",
  async (input: UpdatePasswordInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [identity] = await auth.listProviderIdentities({ entity_id: input.email, provider: "emailpass" })
    if (!identity) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is invalid or has expired.")
    const previous = { id: identity.id, provider_metadata: identity.provider_metadata ?? {} }
    const { success, error } = await auth.updateProvider("emailpass", {
      entity_id: input.email,
      password: input.password,
    })
    if (!success) throw new MedusaError(MedusaError.Types.INVALID_DATA, error ?? "password update failed")
    return new StepResponse(null, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container
      .resolve(Modules.AUTH)
      .updateProviderIdentities([{ id: previous.id, provider_metadata: previous.provider_metadata }])
  },
)
