import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_METADATA_KEYS, VARIANT_METADATA_KEYS } from "../import-columns"

export type KeepCatalogMetadataInput = { product_ids: string[]; variant_ids: string[] }

type Kept = { id: string; metadata: Record<string, unknown> | null }[]

/** The stored metadata again, with the keys an import writes but it did not have removed ("" drops a key). */
const restoring = (kept: Kept, keys: readonly string[]) =>
  kept.map(({ id, metadata }) => ({
    id,
    metadata: { ...Object.fromEntries(keys.map((key) => [key, ""])), ...(metadata ?? {}) },
  }))

/**
 * Remembers the metadata of the products and variants an import is about to update. Medusa 2.21's own
 * compensation merges the old metadata back, which leaves the keys the import added; this step's
 * compensation, run after theirs, puts the metadata back exactly.
 */
export const keepCatalogMetadataStep = createStep(
  "keep-catalog-metadata",
  async (input: KeepCatalogMetadataInput, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const [storedProducts, storedVariants] = await Promise.all([
      input.product_ids.length
        ? products.listProducts({ id: input.product_ids }, { select: ["id", "metadata"], take: null })
        : [],
      input.variant_ids.length
        ? products.listProductVariants({ id: input.variant_ids }, { select: ["id", "metadata"], take: null })
        : [],
    ])
    const kept = {
      products: storedProducts.map(({ id, metadata }) => ({ id, metadata: metadata ?? null })),
      variants: storedVariants.map(({ id, metadata }) => ({ id, metadata: metadata ?? null })),
    }
    return new StepResponse(undefined, kept)
  },
  async (kept, { container }) => {
    if (!kept) return
    const products = container.resolve(Modules.PRODUCT)
    if (kept.products.length) await products.upsertProducts(restoring(kept.products, PRODUCT_METADATA_KEYS))
    if (kept.variants.length) await products.upsertProductVariants(restoring(kept.variants, VARIANT_METADATA_KEYS))
  },
)
