import type {
  FilterableAuthMfaProps,
  FilterableProviderIdentityProps,
  MedusaContainer,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Which of these staff e-mail addresses have an enabled second factor (Medusa's auth module). */
export async function secondFactorEnrolled(container: MedusaContainer, emails: string[]): Promise<Set<string>> {
  if (!emails.length) return new Set()
  const auth = container.resolve(Modules.AUTH)
  // Medusa filters by a list at runtime; its filter types only name a single value.
  const identities = await auth.listProviderIdentities({
    entity_id: emails,
    provider: "emailpass",
  } as unknown as FilterableProviderIdentityProps)
  const factors = identities.length
    ? await auth.listAuthMfa({
        auth_identity_id: identities.map((i) => i.auth_identity_id!),
        status: "enabled",
      } as unknown as FilterableAuthMfaProps)
    : []
  const enrolled = new Set(factors.map((factor) => factor.auth_identity_id))
  return new Set(
    identities.filter((identity) => enrolled.has(identity.auth_identity_id!)).map((identity) => identity.entity_id),
  )
}
