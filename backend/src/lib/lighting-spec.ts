import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, mergeMetadata } from "@medusajs/framework/utils"
import { lightingSpecProblems } from "@helder/lighting"

type Metadata = Record<string, unknown> | null | undefined

/** A variant's pending change; without an id it is a new variant. */
export type VariantChange = {
  id?: string
  title?: string | null
  metadata?: Metadata
  /** Medusa replaces, rather than merges, the metadata of variants nested in a product update. */
  replacesMetadata?: boolean
}

/** A product's pending change, or just its id to check what is stored. */
export type ProductChange = { id: string; metadata?: Metadata; variants?: VariantChange[]; deletedVariantIds?: string[] }

/** Metadata as Medusa's product module stores an update: a non-empty patch merges ("" drops a key), {} or null replaces. */
export function patchMetadata(current: Metadata, patch: Metadata, replaces = false): Metadata {
  if (patch === undefined) return current
  if (replaces || patch === null || Object.keys(patch).length === 0) return patch
  return mergeMetadata(current ?? {}, patch)
}

/**
 * Throws a 400 naming every product that would have a variant without a valid lighting spec once the
 * changes are applied. Checking before the write matters: when a workflow rolls back an update,
 * Medusa 2.21 does not restore the metadata it changed.
 */
export async function refuseInvalidLightingSpecs(container: MedusaContainer, changes: readonly ProductChange[]) {
  const byId = new Map(changes.map((change) => [change.id, change]))
  if (byId.size === 0) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "metadata", "variants.id", "variants.title", "variants.metadata"],
    filters: { id: [...byId.keys()] },
  })
  const refusals = products.flatMap((product) => {
    const change = byId.get(product.id) ?? { id: product.id }
    const problems = lightingSpecProblems(patchMetadata(product.metadata, change.metadata), variantsAfter(product.variants ?? [], change))
    return problems.length ? [`${product.title}: ${problems.join("; ")}`] : []
  })
  if (refusals.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, refusals.join(" | "))
}

type StoredVariant = { id: string; title: string | null; metadata: Metadata } | null

function variantsAfter(stored: readonly StoredVariant[], change: ProductChange) {
  const deleted = new Set(change.deletedVariantIds ?? [])
  const updates = new Map((change.variants ?? []).flatMap((variant) => (variant.id ? [[variant.id, variant] as const] : [])))
  const kept = stored.flatMap((variant) => {
    if (!variant || deleted.has(variant.id)) return []
    const update = updates.get(variant.id)
    if (!update) return [variant]
    return [{ title: update.title ?? variant.title, metadata: patchMetadata(variant.metadata, update.metadata, update.replacesMetadata) }]
  })
  const added = (change.variants ?? []).filter((variant) => !variant.id).map((variant) => ({ title: variant.title, metadata: variant.metadata }))
  return [...kept, ...added]
}
