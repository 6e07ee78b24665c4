import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SetVariantPricesInput = { prices: { variant_id: string; amount: number }[] }

type PriceSetPrices = { id: string; prices: { id?: string; amount: number; currency_code: string }[] }

/**
 * Sets stored variants' base EUR price (no rules, no price list) in place where it changed, so the price keeps its id
 * and the price history records one change. Written here rather than by updateProductVariantsWorkflow:
 * in Medusa 2.21 its compensation leaves a variant without any price. Compensation puts the amounts back.
 */
export const setVariantPricesStep = createStep(
  "set-variant-prices",
  async (input: SetVariantPricesInput, { container }) => {
    if (!input.prices.length) return new StepResponse(0, [] as PriceSetPrices[])
    const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "variant",
      fields: ["id", "price_set.id"],
      filters: { id: input.prices.map((price) => price.variant_id) },
    })
    const setOf = new Map(
      variants.flatMap((variant) => (variant.price_set?.id ? [[variant.id, variant.price_set.id] as const] : [])),
    )
    const pricing = container.resolve(Modules.PRICING)
    const stored = await pricing.listPrices(
      { price_set_id: [...setOf.values()] },
      { relations: ["price_rules", "price_list"], take: null },
    )
    const previous: PriceSetPrices[] = []
    const next: PriceSetPrices[] = []
    for (const { variant_id, amount } of input.prices) {
      const setId = setOf.get(variant_id)
      if (!setId) continue
      // Price list prices are not the set's own (Medusa's update leaves them); every other price is passed back
      // unchanged.
      const own = stored.filter((price) => price.price_set_id === setId && !price.price_list)
      const kept = own.map((price) => ({
        id: price.id,
        amount: Number(price.amount),
        currency_code: price.currency_code ?? "eur",
      }))
      const base = own.find((price) => price.currency_code === "eur" && !price.price_rules?.length)
      if (base && Number(base.amount) === amount) continue
      previous.push({ id: setId, prices: kept })
      next.push({
        id: setId,
        prices: [
          ...kept.filter((price) => price.id !== base?.id),
          { ...(base ? { id: base.id } : {}), amount, currency_code: "eur" },
        ],
      })
    }
    if (next.length) await pricing.upsertPriceSets(next)
    return new StepResponse(next.length, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) await container.resolve(Modules.PRICING).upsertPriceSets(previous)
  },
)
