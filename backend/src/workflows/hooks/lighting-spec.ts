import {
  createProductsWorkflow,
  createProductVariantsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { refuseProductProblems } from "../catalog/lighting-spec"

/** Checks the stored products after the write; the workflow's rollback then removes what a create made. */
function check(container: MedusaContainer, productIds: readonly (string | null | undefined)[]) {
  const ids = new Set(productIds.filter((id): id is string => Boolean(id)))
  return refuseProductProblems(
    container,
    [...ids].map((id) => ({ id })),
  )
}

// Medusa Admin, the admin API, CSV import and the seed all create and edit products through these workflows.
// Updates are also checked before they are written (src/api/admin/products/middlewares.ts): a rolled-back
// update keeps its metadata in Medusa 2.21, so for updates this is the net under in-process callers.
createProductsWorkflow.hooks.productsCreated(({ products }, { container }) =>
  check(
    container,
    products.map((p) => p.id),
  ),
)
updateProductsWorkflow.hooks.productsUpdated(({ products }, { container }) =>
  check(
    container,
    products.map((p) => p.id),
  ),
)
createProductVariantsWorkflow.hooks.productVariantsCreated(({ product_variants }, { container }) =>
  check(
    container,
    product_variants.map((v) => v.product_id),
  ),
)
updateProductVariantsWorkflow.hooks.productVariantsUpdated(({ product_variants }, { container }) =>
  check(
    container,
    product_variants.map((v) => v.product_id),
  ),
)
