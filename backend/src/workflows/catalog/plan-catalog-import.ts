import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import type {
  CreateProductsWorkflowInput,
  CreateProductVariantsWorkflowInput,
  UpdateProductsWorkflowInputProducts,
  UpdateProductVariantsWorkflowInput,
} from "@medusajs/medusa/core-flows"
import { PRODUCT_METADATA_KEYS, VARIANT_METADATA_KEYS } from "./import-columns"
import type { ImportProduct } from "./import-product"
import type { LineError } from "./import-rows"

/** What one import writes, decided from the file and the stored catalog before anything is written. */
export type CatalogImportPlan = {
  /** New products, as createProductsWorkflow takes them (with variants, prices and inventory). */
  create: CreateProductsWorkflowInput["products"]
  /** Stored products (matched by handle): their fields and metadata. */
  update: UpdateProductsWorkflowInputProducts["products"]
  /** Stored variants (matched by sku): title and metadata. */
  updateVariants: Extract<UpdateProductVariantsWorkflowInput, { product_variants: unknown }>["product_variants"]
  /** The EUR price (incl. VAT, major units) of each stored variant; unchanged ones are left alone. */
  prices: { variant_id: string; amount: number }[]
  /** New variants of stored products. */
  createVariants: CreateProductVariantsWorkflowInput["product_variants"]
  /** Stocked quantity per sku at the shop's stock location. */
  stock: { sku: string; quantity: number }[]
  location_id: string
}

/**
 * Metadata that replaces what a previous import wrote: a key the file leaves blank is removed ("" drops a key in
 * Medusa's merge).
 */
function replacing(metadata: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return { ...Object.fromEntries(keys.map((key) => [key, ""])), ...metadata }
}

const prices = (amount: number) => [{ currency_code: "eur", amount }]

/**
 * Matches the file against the stored catalog: products by handle, variants by sku. Refuses (by line) a
 * category that does not exist, a sku that belongs to another product, a stored variant whose options the
 * file changes, and a new option value on a stored product (Medusa Admin does those). Otherwise returns what to write.
 */
export async function planCatalogImport(
  container: MedusaContainer,
  products: readonly ImportProduct[],
): Promise<{ ok: true; plan: CatalogImportPlan } | { ok: false; errors: LineError[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productModule = container.resolve(Modules.PRODUCT)
  const handles = products.map((product) => product.handle)
  const skus = products.flatMap((product) => product.variants.map((variant) => variant.sku))
  const categoryHandles = [...new Set(products.flatMap((product) => (product.category ? [product.category] : [])))]
  const [categories, stored, storedVariants, [store], [profile]] = await Promise.all([
    categoryHandles.length
      ? productModule.listProductCategories({ handle: categoryHandles }, { select: ["id", "handle"] })
      : [],
    productModule.listProducts(
      { handle: handles },
      { select: ["id", "handle"], relations: ["options", "options.values"], take: null },
    ),
    productModule.listProductVariants(
      { sku: skus },
      { select: ["id", "sku", "product_id"], relations: ["options", "options.option"], take: null },
    ),
    container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"] }),
    container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { select: ["id"] }),
  ])
  const salesChannelId = store?.default_sales_channel_id
  const { data: channels } = salesChannelId
    ? await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: salesChannelId } })
    : { data: [] }
  const locationId = channels[0]?.stock_locations?.[0]?.id
  if (!salesChannelId || !profile || !locationId) {
    return {
      ok: false,
      errors: [
        {
          line: 1,
          message: "the shop has no default sales channel, shipping profile or stock location yet (run the seed)",
        },
      ],
    }
  }
  const categoryIds = new Map(categories.map((category) => [category.handle, category.id]))
  const byHandle = new Map(stored.map((product) => [product.handle, product]))
  const bySku = new Map(storedVariants.map((variant) => [variant.sku, variant]))

  const errors: LineError[] = []
  const plan: CatalogImportPlan = {
    create: [],
    update: [],
    updateVariants: [],
    prices: [],
    createVariants: [],
    stock: [],
    location_id: locationId,
  }
  for (const product of products) {
    const categoryId = product.category ? categoryIds.get(product.category) : undefined
    if (product.category && !categoryId)
      errors.push({ line: product.line, message: `category "${product.category}" does not exist` })
    const existing = byHandle.get(product.handle)
    for (const variant of product.variants) {
      const owner = bySku.get(variant.sku)
      if (owner && owner.product_id !== existing?.id)
        errors.push({ line: variant.line, message: `sku ${variant.sku} belongs to another product` })
      plan.stock.push({ sku: variant.sku, quantity: variant.stock })
    }
    const fields = {
      title: product.title,
      description: product.description ?? null,
      status: ProductStatus[product.status === "published" ? "PUBLISHED" : "DRAFT"],
      thumbnail: product.thumbnail ?? null,
      material: product.material ?? null,
      weight: product.weight ?? null,
      category_ids: categoryId ? [categoryId] : [],
    }
    if (!existing) {
      plan.create.push({
        ...fields,
        handle: product.handle,
        images: product.thumbnail ? [{ url: product.thumbnail }] : [],
        shipping_profile_id: profile.id,
        sales_channels: [{ id: salesChannelId }],
        metadata: product.metadata,
        options: product.options,
        variants: product.variants.map((variant) => ({
          title: variant.title,
          sku: variant.sku,
          options: variant.options,
          manage_inventory: true,
          prices: prices(variant.price),
          metadata: variant.metadata,
        })),
      })
      continue
    }
    plan.update.push({ ...fields, id: existing.id, metadata: replacing(product.metadata, PRODUCT_METADATA_KEYS) })
    const values = new Map(
      (existing.options ?? []).map((option) => [
        option.title,
        new Set((option.values ?? []).map((value) => value.value)),
      ]),
    )
    for (const variant of product.variants) {
      const storedVariant = bySku.get(variant.sku)
      const common = { title: variant.title, metadata: replacing(variant.metadata, VARIANT_METADATA_KEYS) }
      if (storedVariant) {
        const storedOptions = Object.fromEntries(
          (storedVariant.options ?? []).map((value) => [value.option?.title ?? "", value.value]),
        )
        const changed = Object.entries(variant.options).find(([title, value]) => storedOptions[title] !== value)
        if (changed) {
          errors.push({
            line: variant.line,
            message: `sku ${variant.sku} is stored as ${changed[0]} "${storedOptions[changed[0]] ?? ""}": change a variant's options in Medusa Admin`,
          })
          continue
        }
        plan.updateVariants.push({ ...common, id: storedVariant.id })
        plan.prices.push({ variant_id: storedVariant.id, amount: variant.price })
        continue
      }
      const unknown = Object.entries(variant.options).filter(([title, value]) => !values.get(title)?.has(value))
      if (unknown.length) {
        const [title, value] = unknown[0]!
        errors.push({
          line: variant.line,
          message: `option ${title} "${value}" is new for the stored product ${product.handle}: add it in Medusa Admin first`,
        })
        continue
      }
      plan.createVariants.push({
        ...common,
        prices: prices(variant.price),
        product_id: existing.id,
        sku: variant.sku,
        options: variant.options,
        manage_inventory: true,
      })
    }
  }
  return errors.length ? { ok: false, errors: errors.sort((a, b) => a.line - b.line) } : { ok: true, plan }
}
