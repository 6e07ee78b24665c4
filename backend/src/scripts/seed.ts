import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createPriceListsWorkflow,
  createReturnReasonsWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { specToMetadata } from "@helder/lighting"
import { CATEGORIES, PRODUCTS, type SeedProduct } from "./seed-data/catalog"
import { categoryImage, productImage } from "./seed-data/product-image"
import { SEED_SALE, seedSalePrice } from "./seed-data/sale"

type Container = ExecArgs["container"]

const SALES_CHANNEL = "Helder webshop"
const STOCK_LOCATION = "Magazijn Apeldoorn"
const FULFILLMENT_SET = "Helder verzending"
const REGIONS = [
  { name: "Nederland", country: "nl" },
  { name: "België", country: "be" },
] as const
const VAT = { rate: 21, code: "BTW21", name: "BTW 21%" }

/**
 * Seeds the Helder shop. Every part checks what exists and creates only what is missing, so a
 * second run changes nothing and a run that died halfway is completed by the next.
 */
export default async function seedHelder({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const salesChannelId = await ensureSalesChannel(container)
  await ensureStore(container, salesChannelId)
  const regionIds = await ensureRegions(container)
  await ensureRegionPaymentProviders(container, regionIds)
  await ensureTaxRegions(container)
  const locationId = await ensureStockLocation(container, salesChannelId)
  const profileId = await ensureShippingProfile(container)
  await ensureShippingOptions(container, locationId, profileId, regionIds)
  await ensurePublishableKey(container, salesChannelId)
  await ensureReturnReasons(container)
  const categoryIds = await ensureCategories(container)
  const created = await ensureProducts(container, { salesChannelId, profileId, categoryIds, locationId })
  await backfillProductMetadata(container)
  logger.info(`Helder seed: ${created} product(s) created, ${PRODUCTS.length - created} already present`)
  await ensureSale(container)
}

/**
 * The seed's sale, starting now: after the products' first prices, so the price history holds the
 * price before the reduction (for a product younger than 30 days, its prior price).
 */
async function ensureSale(container: Container) {
  const pricing = container.resolve(Modules.PRICING)
  const lists = await pricing.listPriceLists({}, { select: ["id", "title"] })
  if (lists.some((list) => list.title === SEED_SALE.title)) return
  const handles = Object.keys(SEED_SALE.products)
  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts(
      { handle: handles },
      { relations: ["variants"], select: ["id", "handle", "variants.id", "variants.sku"] },
    )
  const bySku = new Map(
    PRODUCTS.flatMap((product) =>
      product.variants.map((variant) => [variant.sku, { handle: product.handle, price: variant.price }] as const),
    ),
  )
  const prices = products.flatMap((product) =>
    (product.variants ?? []).flatMap((variant) => {
      const seeded = variant.sku ? bySku.get(variant.sku) : undefined
      return seeded
        ? [{ variant_id: variant.id, currency_code: "eur", amount: seedSalePrice(seeded.handle, seeded.price) }]
        : []
    }),
  )
  await createPriceListsWorkflow(container).run({
    input: {
      // A price list is of type sale unless it says otherwise (Medusa's default).
      price_lists_data: [
        {
          title: SEED_SALE.title,
          description: SEED_SALE.description,
          status: "active",
          starts_at: new Date().toISOString(),
          prices,
        },
      ],
    },
  })
}

async function ensureSalesChannel(container: Container): Promise<string> {
  const service = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await service.listSalesChannels({ name: SALES_CHANNEL })
  if (existing) return existing.id
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL, description: "De webwinkel helder.nl" }] },
  })
  return result[0]!.id
}

async function ensureStore(container: Container, salesChannelId: string) {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"] })
  if (!store) throw new Error("Medusa created no default store")
  if (store.name === "Helder" && store.default_sales_channel_id === salesChannelId) return
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Helder",
        default_sales_channel_id: salesChannelId,
        // Consumer prices in NL and BE are shown and entered including VAT.
        supported_currencies: [{ currency_code: "eur", is_default: true, is_tax_inclusive: true }],
      },
    },
  })
}

async function ensureRegions(container: Container): Promise<string[]> {
  const service = container.resolve(Modules.REGION)
  const ids: string[] = []
  for (const region of REGIONS) {
    const [existing] = await service.listRegions({ name: region.name })
    if (existing) {
      ids.push(existing.id)
      continue
    }
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: region.name,
            currency_code: "eur",
            countries: [region.country],
            payment_providers: ["pp_system_default"],
            automatic_taxes: true,
            is_tax_inclusive: true,
          },
        ],
      },
    })
    ids.push(result[0]!.id)
  }
  return ids
}

/** The offline default, and Stripe's Payment Element (card, iDEAL, Bancontact in one intent) when configured. */
const OFFERED_PAYMENT_PROVIDERS = ["pp_system_default", "pp_stripe_stripe"]

/**
 * Offers the enabled payment providers in every region. Runs on each start, so setting the Stripe
 * keys later switches Stripe on without a manual step in the admin.
 */
async function ensureRegionPaymentProviders(container: Container, regionIds: string[]) {
  const providers = (await container.resolve(Modules.PAYMENT).listPaymentProviders({ is_enabled: true })).filter(
    (provider) => OFFERED_PAYMENT_PROVIDERS.includes(provider.id),
  )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { id: regionIds },
  })
  for (const region of regions) {
    const current = new Set((region.payment_providers ?? []).flatMap((p) => (p ? [p.id] : [])))
    if (providers.every((provider) => current.has(provider.id))) continue
    await updateRegionsWorkflow(container).run({
      input: {
        selector: { id: region.id },
        update: { payment_providers: [...new Set([...current, ...providers.map((p) => p.id)])] },
      },
    })
  }
}

async function ensureTaxRegions(container: Container) {
  const service = container.resolve(Modules.TAX)
  for (const { country } of REGIONS) {
    const existing = await service.listTaxRegions({ country_code: country })
    if (existing.length > 0) continue
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code: country, provider_id: "tp_system", default_tax_rate: VAT }],
    })
  }
}

async function ensureStockLocation(container: Container, salesChannelId: string): Promise<string> {
  const service = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await service.listStockLocations({ name: STOCK_LOCATION })
  if (existing) return existing.id
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: STOCK_LOCATION,
          address: { address_1: "Industrieweg 12", postal_code: "7324 AA", city: "Apeldoorn", country_code: "NL" },
        },
      ],
    },
  })
  const location = result[0]!
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  return location.id
}

async function ensureShippingProfile(container: Container): Promise<string> {
  const service = container.resolve(Modules.FULFILLMENT)
  const [existing] = await service.listShippingProfiles({ type: "default" })
  if (existing) return existing.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Standaard", type: "default" }] },
  })
  return result[0]!.id
}

async function ensureShippingOptions(container: Container, locationId: string, profileId: string, regionIds: string[]) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existingSet] = await fulfillment.listFulfillmentSets(
    { name: FULFILLMENT_SET },
    { relations: ["service_zones"] },
  )
  let serviceZoneId = existingSet?.service_zones[0]?.id
  if (!existingSet) {
    const set = await fulfillment.createFulfillmentSets({
      name: FULFILLMENT_SET,
      type: "shipping",
      service_zones: [
        {
          name: "Nederland en België",
          geo_zones: REGIONS.map(({ country }) => ({ type: "country" as const, country_code: country })),
        },
      ],
    })
    serviceZoneId = set.service_zones[0]?.id
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
  }
  if (!serviceZoneId) throw new Error("fulfillment set has no service zone")
  const existing = await fulfillment.listShippingOptions({ service_zone: { id: serviceZoneId } })
  const names = new Set(existing.map((option) => option.name))
  const options = [
    {
      name: "Thuisbezorgd",
      code: "home-delivery",
      label: "Thuisbezorgd (PostNL)",
      description: "Binnen 1–2 werkdagen bezorgd",
      amount: 4.95,
      isReturn: false,
    },
    {
      name: "Ophalen in de winkel",
      code: "pickup",
      label: "Ophalen in Apeldoorn",
      description: "Gratis af te halen na bericht",
      amount: 0,
      isReturn: false,
    },
    {
      name: "Retour via PostNL",
      code: "return",
      label: "Retourzending",
      description: "Retourlabel per e-mail",
      amount: 0,
      isReturn: true,
    },
  ].filter((option) => !names.has(option.name))
  if (options.length === 0) return
  await createShippingOptionsWorkflow(container).run({
    input: options.map((option) => ({
      name: option.name,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: serviceZoneId,
      shipping_profile_id: profileId,
      type: { label: option.label, description: option.description, code: option.code },
      prices: [
        { currency_code: "eur", amount: option.amount },
        ...regionIds.map((region_id) => ({ region_id, amount: option.amount })),
      ],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: String(option.isReturn), operator: "eq" as const },
      ],
    })),
  })
}

async function ensurePublishableKey(container: Container, salesChannelId: string) {
  const service = container.resolve(Modules.API_KEY)
  const [existing] = await service.listApiKeys({ title: SALES_CHANNEL, type: "publishable" })
  if (existing) return
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: SALES_CHANNEL, type: "publishable", created_by: "helder-seed" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0]!.id, add: [salesChannelId] } })
}

/** Reasons a shopper picks when returning; the storefront shows them in Dutch or English by their value. */
export const RETURN_REASONS = [
  { value: "withdrawal", label: "Herroeping (geen reden nodig)" },
  { value: "changed_mind", label: "Bedacht / past niet in het interieur" },
  { value: "not_as_expected", label: "Licht of kleur anders dan verwacht" },
  { value: "defective", label: "Defect of beschadigd" },
  { value: "wrong_item", label: "Verkeerd artikel ontvangen" },
  { value: "other", label: "Anders" },
] as const

async function ensureReturnReasons(container: Container) {
  const existing = new Set((await container.resolve(Modules.ORDER).listReturnReasons({})).map((reason) => reason.value))
  const missing = RETURN_REASONS.filter((reason) => !existing.has(reason.value))
  if (missing.length)
    await createReturnReasonsWorkflow(container).run({ input: { data: missing.map((reason) => ({ ...reason })) } })
}

async function ensureCategories(container: Container): Promise<Map<string, string>> {
  const service = container.resolve(Modules.PRODUCT)
  const existing = await service.listProductCategories({ handle: CATEGORIES.map((c) => c.handle) })
  const ids = new Map(existing.map((category) => [category.handle, category.id]))
  const missing = CATEGORIES.filter((category) => !ids.has(category.handle))
  if (missing.length > 0) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((category) => ({
          name: category.name.nl,
          handle: category.handle,
          description: category.description.nl,
          is_active: true,
          rank: CATEGORIES.indexOf(category),
          metadata: {
            name_en: category.name.en,
            description_en: category.description.en,
            image: categoryImage(category.handle),
          },
        })),
      },
    })
    for (const category of result) ids.set(category.handle, category.id)
  }
  return ids
}

interface ProductContext {
  salesChannelId: string
  profileId: string
  locationId: string
  categoryIds: Map<string, string>
}

async function ensureProducts(container: Container, context: ProductContext): Promise<number> {
  const service = container.resolve(Modules.PRODUCT)
  const existing = await service.listProducts({ handle: PRODUCTS.map((p) => p.handle) }, { select: ["handle"] })
  const present = new Set(existing.map((product) => product.handle))
  const missing = PRODUCTS.filter((product) => !present.has(product.handle))
  if (missing.length === 0) return 0
  const { result } = await createProductsWorkflow(container).run({
    input: { products: missing.map((product) => toProductInput(product, context)) },
  })
  await stockNewVariants(
    container,
    result.map((product) => product.id),
    context.locationId,
  )
  return result.length
}

/** The seed's metadata keys a stored product or variant lacks; what staff have set is kept. */
function missingKeys(
  stored: Record<string, unknown> | null | undefined,
  seeded: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(seeded).filter(([key]) => stored?.[key] === undefined || stored[key] === null || stored[key] === ""),
  )
}

/**
 * A shop seeded before the seed knew product safety (GPSR) or energy labels gets the keys it lacks,
 * so its catalog shows them and passes the publish checks; a value staff have set is never replaced.
 */
async function backfillProductMetadata(container: Container) {
  const service = container.resolve(Modules.PRODUCT)
  const stored = await service.listProducts(
    { handle: PRODUCTS.map((p) => p.handle) },
    { select: ["id", "handle", "metadata"], relations: ["variants"] },
  )
  for (const product of stored) {
    const seeded = PRODUCTS.find((candidate) => candidate.handle === product.handle)
    if (!seeded) continue
    const productKeys = missingKeys(product.metadata, { ...seeded.safety, ...seeded.energy })
    if (Object.keys(productKeys).length)
      await service.updateProducts(product.id, { metadata: { ...product.metadata, ...productKeys } })
    for (const variant of product.variants ?? []) {
      const seededVariant = seeded.variants.find((candidate) => candidate.sku === variant.sku)
      if (!seededVariant) continue
      const variantKeys = missingKeys(variant.metadata, { ean: seededVariant.ean, ...seededVariant.label })
      if (Object.keys(variantKeys).length)
        await service.updateProductVariants(variant.id, { metadata: { ...variant.metadata, ...variantKeys } })
    }
  }
}

function toProductInput(product: SeedProduct, context: ProductContext) {
  const categoryId = context.categoryIds.get(product.category)
  if (!categoryId) throw new Error(`unknown category ${product.category} for ${product.handle}`)
  const image = productImage(product)
  return {
    title: product.title.nl,
    handle: product.handle,
    description: product.description.nl,
    status: ProductStatus.PUBLISHED,
    material: product.material,
    weight: product.weight,
    thumbnail: image,
    images: [{ url: image }],
    category_ids: [categoryId],
    shipping_profile_id: context.profileId,
    sales_channels: [{ id: context.salesChannelId }],
    metadata: {
      ...product.productSpec,
      ...product.safety,
      ...product.energy,
      title_en: product.title.en,
      description_en: product.description.en,
    },
    options: product.options.map((option) => ({ title: option.title.nl, values: option.values })),
    variants: product.variants.map((variant) => {
      const spec = specToMetadata({ ...product.productSpec, ...variant.spec }, product.productSpecKeys)
      return {
        title: Object.values(variant.options).join(" / "),
        sku: variant.sku,
        options: variant.options,
        manage_inventory: true,
        prices: [{ currency_code: "eur", amount: variant.price }],
        metadata: { ...spec.variant, ean: variant.ean, ...variant.label },
      }
    }),
  }
}

async function stockNewVariants(container: Container, productIds: string[], locationId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: productIds },
  })
  const stockBySku = new Map(PRODUCTS.flatMap((product) => product.variants.map((v) => [v.sku, v.stock] as const)))
  const levels = variants.flatMap((variant) => {
    const itemId = variant.inventory_items?.[0]?.inventory_item_id
    const stock = stockBySku.get(variant.sku ?? "") ?? 0
    return itemId ? [{ inventory_item_id: itemId, location_id: locationId, stocked_quantity: stock }] : []
  })
  await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
}
