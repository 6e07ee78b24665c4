import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, mergeMetadata } from "@medusajs/framework/utils"
import {
  energyLabelProblems,
  greenClaimProblems,
  lightingSpecProblems,
  productSafetyProblems,
  specFromMetadata,
} from "@helder/lighting"

type Metadata = Record<string, unknown> | null | undefined

/** A variant's pending change; without an id it is a new variant. */
export type VariantChange = {
  id?: string
  title?: string | null
  metadata?: Metadata
  /** Medusa replaces, rather than merges, the metadata of variants nested in a product update. */
  replacesMetadata?: boolean
}

/** The product texts a change may set; the English ones live in metadata (`title_en`, ...). */
type Texts = { title?: string | null; subtitle?: string | null; description?: string | null; status?: string | null }

/** A product's picture as a change may set it: `images` replaces the stored list. */
type Picture = { thumbnail?: string | null; images?: readonly unknown[] }

/** A product's pending change, or just its id to check what is stored. */
export type ProductChange = Texts &
  Picture & { id: string; metadata?: Metadata; variants?: VariantChange[]; deletedVariantIds?: string[] }

/**
 * Metadata as Medusa's product module stores an update: a non-empty patch merges ("" drops a key), {} or null replaces.
 */
export function patchMetadata(current: Metadata, patch: Metadata, replaces = false): Metadata {
  if (patch === undefined) return current
  if (replaces || patch === null || Object.keys(patch).length === 0) return patch
  return mergeMetadata(current ?? {}, patch)
}

/**
 * Throws a 400 naming every product that, once the changes are applied, would have a variant without a
 * valid lighting spec, or would be published without what it must show (publishedProblems). Checking
 * before the write matters: when a workflow rolls back an update, Medusa 2.21 does not restore the
 * metadata it changed.
 */
export async function refuseProductProblems(container: MedusaContainer, changes: readonly ProductChange[]) {
  const byId = new Map(changes.map((change) => [change.id, change]))
  if (byId.size === 0) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "subtitle",
      "description",
      "status",
      "thumbnail",
      "images.id",
      "metadata",
      "variants.id",
      "variants.title",
      "variants.metadata",
    ],
    filters: { id: [...byId.keys()] },
  })
  const refusals = products.flatMap((product) => {
    const change = byId.get(product.id) ?? { id: product.id }
    const metadata = patchMetadata(product.metadata, change.metadata)
    const variants = variantsAfter(product.variants ?? [], change)
    const problems = lightingSpecProblems(metadata, variants)
    if ((change.status ?? product.status) === "published")
      problems.push(...publishedProblems(product, change, metadata, variants))
    return problems.length ? [`${product.title}: ${problems.join("; ")}`] : []
  })
  if (refusals.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, refusals.join(" | "))
}

type StoredProduct = Texts & { thumbnail: string | null; images: readonly unknown[] | null }

/**
 * What only a published product must satisfy, so drafts can be filled in step by step: no generic
 * environmental claim nothing backs (greenClaimProblems), the safety information a distance sale
 * must show (productSafetyProblems, Regulation (EU) 2023/988 art. 19), and a light source's EPREL
 * registration and label data (energyLabelProblems, Regulation (EU) 2019/2015).
 */
function publishedProblems(
  product: StoredProduct,
  change: ProductChange,
  metadata: Metadata,
  variants: ReturnType<typeof variantsAfter>,
): string[] {
  const after = <K extends keyof Texts | keyof Picture>(key: K) =>
    change[key] !== undefined ? change[key] : product[key]
  const texts = [
    after("title"),
    after("subtitle"),
    after("description"),
    ...["title_en", "subtitle_en", "description_en"].map((key) => metadata?.[key] as string | undefined),
  ]
  const energyClasses = variants.flatMap((variant) => specFromMetadata(metadata, variant.metadata)?.energy_class ?? [])
  const hasPicture = Boolean(after("thumbnail")) || (after("images")?.length ?? 0) > 0
  return [
    ...greenClaimProblems(texts, { ecoLabel: metadata?.eco_label as string | undefined, energyClasses }),
    ...productSafetyProblems(metadata, variants, hasPicture),
    ...energyLabelProblems(metadata, variants),
  ]
}

type StoredVariant = { id: string; title: string | null; metadata: Metadata } | null

function variantsAfter(stored: readonly StoredVariant[], change: ProductChange) {
  const deleted = new Set(change.deletedVariantIds ?? [])
  const updates = new Map(
    (change.variants ?? []).flatMap((variant) => (variant.id ? [[variant.id, variant] as const] : [])),
  )
  const kept = stored.flatMap((variant) => {
    if (!variant || deleted.has(variant.id)) return []
    const update = updates.get(variant.id)
    if (!update) return [variant]
    return [
      {
        title: update.title ?? variant.title,
        metadata: patchMetadata(variant.metadata, update.metadata, update.replacesMetadata),
      },
    ]
  })
  const added = (change.variants ?? [])
    .filter((variant) => !variant.id)
    .map((variant) => ({ title: variant.title, metadata: variant.metadata }))
  return [...kept, ...added]
}
