import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createProductsWorkflow,
  createProductVariantsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { CatalogImportPlan } from "../../lib/catalog-import/plan"
import { keepCatalogMetadataStep } from "./steps/keep-catalog-metadata"
import { setStockLevelsStep } from "./steps/set-stock-levels"
import { setVariantPricesStep } from "./steps/set-variant-prices"

/**
 * Writes a planned catalog import (lib/catalog-import/plan.ts) all or nothing: stored products and
 * variants are updated (prices in place), new ones created, stock set. Each part runs Medusa's own workflow with its
 * compensation (and the lighting-spec hooks), so a failure anywhere leaves the catalog as it was.
 */
export const importCatalogWorkflow = createWorkflow("import-catalog", (plan: CatalogImportPlan) => {
  keepCatalogMetadataStep(
    transform({ plan }, ({ plan }) => ({
      product_ids: plan.update.flatMap((product) => (product.id ? [product.id] : [])),
      variant_ids: plan.updateVariants.flatMap((variant) => (variant.id ? [variant.id] : [])),
    }))
  )
  when({ plan }, ({ plan }) => plan.update.length > 0).then(() => {
    updateProductsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ products: plan.update })) })
  })
  when({ plan }, ({ plan }) => plan.updateVariants.length > 0).then(() => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ product_variants: plan.updateVariants })),
    })
  })
  setVariantPricesStep(transform({ plan }, ({ plan }) => ({ prices: plan.prices })))
  when({ plan }, ({ plan }) => plan.createVariants.length > 0).then(() => {
    createProductVariantsWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ product_variants: plan.createVariants })),
    })
  })
  when({ plan }, ({ plan }) => plan.create.length > 0).then(() => {
    createProductsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ products: plan.create })) })
  })
  const stock = setStockLevelsStep(transform({ plan }, ({ plan }) => ({ location_id: plan.location_id, stock: plan.stock })))
  return new WorkflowResponse(
    transform({ plan, stock }, ({ plan, stock }) => ({
      created: plan.create.length,
      updated: plan.update.length,
      variants: plan.create.reduce((sum, product) => sum + (product.variants?.length ?? 0), 0) + plan.updateVariants.length + plan.createVariants.length,
      stock_levels: stock.updated + stock.created,
    }))
  )
})
