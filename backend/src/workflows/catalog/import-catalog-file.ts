import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { ImportProduct } from "./import-product"
import { importCatalogWorkflow } from "./import-catalog"
import { planCatalogImportStep } from "./steps/plan-catalog-import"

/**
 * One import at a time (Medusa's locking, Redis when configured): each plans against the catalog the one before it
 * left. Waits up to 10 minutes for the one before; a lock left by a dead process expires after 15.
 */
const CATALOG_IMPORT_LOCK = { key: "catalog-import", timeout: 600, ttl: 900 }

/**
 * Imports the products of a read file, all or nothing: planned against the stored catalog, then written; a plan with
 * bad lines writes nothing and answers them.
 */
export const importCatalogFileWorkflow = createWorkflow(
  "import-catalog-file",
  (input: { products: ImportProduct[] }) => {
    acquireLockStep(CATALOG_IMPORT_LOCK)
    const planned = planCatalogImportStep(input)
    const written = when("plan-ok", { planned }, ({ planned }) => planned.ok).then(() =>
      importCatalogWorkflow.runAsStep({
        input: transform({ planned }, ({ planned }) => (planned.ok ? planned.plan : (undefined as never))),
      }),
    )
    releaseLockStep({ key: CATALOG_IMPORT_LOCK.key })
    return new WorkflowResponse(
      transform({ planned, written }, ({ planned, written }) =>
        planned.ok && written
          ? { ok: true as const, ...written }
          : { ok: false as const, errors: planned.ok ? [] : planned.errors },
      ),
    )
  },
)
