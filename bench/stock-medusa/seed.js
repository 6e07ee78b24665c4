// Seeds stock Medusa for `npm run bench:stock` through Medusa's core workflows, as Medusa's own starter does,
// with what Helder's seed gives the checkout: the store's euro prices including VAT, regions Nederland and
// België (EUR, automatic taxes, the system payment provider), their 21 % tax regions, a sales channel with a
// publishable key, a stock location with the manual fulfillment provider and a shipping zone, the same three
// shipping options, and the catalog read from Helder's store API by the bench (STOCK_SEED_FILE: products with
// their options, variants, prices, stock and sale prices). `medusa exec ./seed.js`; run once on an empty database.
const { readFileSync } = require("node:fs")
const { ContainerRegistrationKeys, Modules, ProductStatus } = require("@medusajs/framework/utils")
const {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createPriceListsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} = require("@medusajs/medusa/core-flows")

const COUNTRIES = [
  { name: "Nederland", country: "nl" },
  { name: "België", country: "be" },
]
const SHIPPING_OPTIONS = [
  { name: "Thuisbezorgd", code: "home-delivery", label: "Thuisbezorgd (PostNL)", amount: 4.95, isReturn: false },
  { name: "Ophalen in de winkel", code: "pickup", label: "Ophalen in Apeldoorn", amount: 0, isReturn: false },
  { name: "Retour via PostNL", code: "return", label: "Retourzending", amount: 0, isReturn: true },
]

exports.default = async function seedStock({ container }) {
  const catalog = JSON.parse(readFileSync(process.env.STOCK_SEED_FILE, "utf8"))
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Bench webshop" }] } })
  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        default_sales_channel_id: channel.id,
        supported_currencies: [{ currency_code: "eur", is_default: true, is_tax_inclusive: true }],
      },
    },
  })
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: {
      regions: COUNTRIES.map(({ name, country }) => ({
        name,
        currency_code: "eur",
        countries: [country],
        payment_providers: ["pp_system_default"],
        automatic_taxes: true,
        is_tax_inclusive: true,
      })),
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: COUNTRIES.map(({ country }) => ({
      country_code: country,
      provider_id: "tp_system",
      default_tax_rate: { rate: 21, code: "BTW21", name: "BTW 21%" },
    })),
  })

  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Magazijn",
          address: { address_1: "Industrieweg 12", postal_code: "7324 AA", city: "Apeldoorn", country_code: "NL" },
        },
      ],
    },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Standaard", type: "default" }] } })
  const fulfillmentSet = await container.resolve(Modules.FULFILLMENT).createFulfillmentSets({
    name: "Verzending",
    type: "shipping",
    service_zones: [
      {
        name: "Nederland en België",
        geo_zones: COUNTRIES.map(({ country }) => ({ type: "country", country_code: country })),
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  await createShippingOptionsWorkflow(container).run({
    input: SHIPPING_OPTIONS.map((option) => ({
      name: option.name,
      price_type: "flat",
      provider_id: "manual_manual",
      service_zone_id: fulfillmentSet.service_zones[0].id,
      shipping_profile_id: profile.id,
      type: { label: option.label, description: option.label, code: option.code },
      prices: [
        { currency_code: "eur", amount: option.amount },
        ...regions.map((region) => ({ region_id: region.id, amount: option.amount })),
      ],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" },
        { attribute: "is_return", value: String(option.isReturn), operator: "eq" },
      ],
    })),
  })

  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Bench webshop", type: "publishable", created_by: "bench" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: catalog.map((product) => ({
        title: product.title,
        handle: product.handle,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: profile.id,
        sales_channels: [{ id: channel.id }],
        options: product.options,
        variants: product.variants.map((variant) => ({
          title: variant.title,
          sku: variant.sku,
          options: variant.options,
          manage_inventory: true,
          prices: [{ currency_code: "eur", amount: variant.price }],
        })),
      })),
    },
  })
  const seeded = new Map(catalog.flatMap((product) => product.variants.map((variant) => [variant.sku, variant])))
  const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { product_id: products.map((product) => product.id) },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.map((variant) => ({
        inventory_item_id: variant.inventory_items[0].inventory_item_id,
        location_id: location.id,
        stocked_quantity: seeded.get(variant.sku).stock,
      })),
    },
  })
  const sale = variants.flatMap((variant) => {
    const { salePrice } = seeded.get(variant.sku)
    return salePrice === null ? [] : [{ variant_id: variant.id, currency_code: "eur", amount: salePrice }]
  })
  if (sale.length > 0)
    await createPriceListsWorkflow(container).run({
      input: {
        price_lists_data: [
          {
            title: "Actie",
            description: "Bench sale",
            status: "active",
            starts_at: new Date().toISOString(),
            prices: sale,
          },
        ],
      },
    })
  logger.info(`Stock seed: ${products.length} products, ${variants.length} variants, ${sale.length} sale prices`)
}
