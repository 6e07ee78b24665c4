import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SetStockLevelsInput = { location_id: string; stock: { sku: string; quantity: number }[] }

/**
 * Sets each sku's stocked quantity at the location, creating the level where the item has none there.
 * Compensation puts the previous quantities back and removes the levels it created.
 */
export const setStockLevelsStep = createStep(
  "set-stock-levels",
  async (input: SetStockLevelsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const quantities = new Map(input.stock.map(({ sku, quantity }) => [sku, quantity]))
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["sku", "inventory_items.inventory_item_id"],
      filters: { sku: [...quantities.keys()] },
    })
    const wanted = new Map(
      variants.flatMap((variant) => {
        const itemId = variant.inventory_items?.[0]?.inventory_item_id
        return itemId && variant.sku ? [[itemId, quantities.get(variant.sku) ?? 0] as const] : []
      }),
    )
    const levels = wanted.size
      ? await inventory.listInventoryLevels(
          { inventory_item_id: [...wanted.keys()], location_id: input.location_id },
          { take: null },
        )
      : []
    const previous = levels.map((level) => ({
      inventory_item_id: level.inventory_item_id,
      location_id: input.location_id,
      stocked_quantity: level.stocked_quantity,
    }))
    const changed = levels.filter((level) => level.stocked_quantity !== wanted.get(level.inventory_item_id))
    if (changed.length) {
      await inventory.updateInventoryLevels(
        changed.map((level) => ({
          inventory_item_id: level.inventory_item_id,
          location_id: input.location_id,
          stocked_quantity: wanted.get(level.inventory_item_id)!,
        })),
      )
    }
    const present = new Set(levels.map((level) => level.inventory_item_id))
    const missing = [...wanted].filter(([itemId]) => !present.has(itemId))
    const created = missing.length
      ? await inventory.createInventoryLevels(
          missing.map(([itemId, quantity]) => ({
            inventory_item_id: itemId,
            location_id: input.location_id,
            stocked_quantity: quantity,
          })),
        )
      : []
    return new StepResponse(
      { updated: changed.length, created: created.length },
      { previous, created: created.map((level) => level.id) },
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve(Modules.INVENTORY)
    if (undo.created.length) await inventory.deleteInventoryLevels(undo.created)
    if (undo.previous.length) await inventory.updateInventoryLevels(undo.previous)
  },
)
