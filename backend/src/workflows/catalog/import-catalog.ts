import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createProductsWorkflow,
  createProductVariantsWorkflow,
  emitEventStep,
  updateProductsStep,
  updateProductVariantsStep,
} from "@medusajs/medusa/core-flows"
import type { CatalogImportPlan } from "./plan-catalog-import"
import { checkCatalogStep } from "./steps/check-catalog"
import { keepCatalogMetadataStep } from "./steps/keep-catalog-metadata"
import { setStockLevelsStep } from "./steps/set-stock-levels"
import { setVariantPricesStep } from "./steps/set-variant-prices"

/**
 * Writes a planned catalog import (plan-catalog-import.ts) all or nothing: stored products and
 * variants are updated (prices in place), new ones created, stock set. Each part is a Medusa workflow or step
 * with its compensation, so a failure anywhere (a publish check included) leaves the catalog as it was.
 */
export const importCatalogWorkflow = createWorkflow("import-catalog", (plan: CatalogImportPlan) => {
  keepCatalogMetadataStep(
    transform({ plan }, ({ plan }) => ({
      product_ids: plan.update.flatMap((product) => (product.id ? [product.id] : [])),
      variant_ids: plan.updateVariants.flatMap((variant) => (variant.id ? [variant.id] : [])),
    })),
  )
  // Stored products are written with Medusa's steps rather than its workflows, whose hooks would judge each
  // product between its own update and its variants'; checkCatalogStep judges them once, complete.
  updateProductsStep(transform({ plan }, ({ plan }) => ({ products: plan.update })))
  updateProductVariantsStep(transform({ plan }, ({ plan }) => ({ product_variants: plan.updateVariants })))
  setVariantPricesStep(transform({ plan }, ({ plan }) => ({ prices: plan.prices })))
  when({ plan }, ({ plan }) => plan.createVariants.length > 0).then(() => {
    createProductVariantsWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ product_variants: plan.createVariants })),
    })
  })
  when({ plan }, ({ plan }) => plan.create.length > 0).then(() => {
    createProductsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ products: plan.create })) })
  })
  const updatedIds = transform({ plan }, ({ plan }) =>
    plan.update.flatMap((product) => (product.id ? [product.id] : [])),
  )
  checkCatalogStep(transform({ updatedIds }, ({ updatedIds }) => ({ product_ids: updatedIds })))
  const stock = setStockLevelsStep(
    transform({ plan }, ({ plan }) => ({ location_id: plan.location_id, stock: plan.stock })),
  )
  emitEventStep({
    eventName: "product.updated",
    data: transform({ updatedIds }, ({ updatedIds }) => updatedIds.map((id) => ({ id }))),
  })
  return new WorkflowResponse(
    transform({ plan, stock }, ({ plan, stock }) => ({
      created: plan.create.length,
      updated: plan.update.length,
      variants:
        plan.create.reduce((sum, product) => sum + (product.variants?.length ?? 0), 0) +
        plan.updateVariants.length +
        plan.createVariants.length,
      stock_levels: stock.updated + stock.created,
    })),
  )
})
