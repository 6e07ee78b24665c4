import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { refuseProductProblems, type ProductChange } from "../../../workflows/catalog/lighting-spec"

const metadata = z.record(z.string(), z.unknown()).nullish()
const variant = z.object({ id: z.string().optional(), title: z.string().nullish(), metadata })
const text = z.string().nullish()
const productUpdate = z.object({
  title: text,
  subtitle: text,
  description: text,
  status: text,
  thumbnail: text,
  images: z.array(z.unknown()).optional(),
  metadata,
  variants: z.array(variant).optional(),
})
const variantsBatch = z.object({
  create: z.array(variant).optional(),
  update: z.array(variant).optional(),
  delete: z.array(z.string()).optional(),
})
const productsBatch = z.object({ update: z.array(productUpdate.extend({ id: z.string() })).optional() })

/** Variants nested in a product update are assigned whole, so their metadata replaces what is stored. */
function productChange(id: string, body: z.infer<typeof productUpdate>): ProductChange {
  const { title, subtitle, description, status, thumbnail, images, metadata } = body
  return {
    id,
    title,
    subtitle,
    description,
    status,
    thumbnail,
    images,
    metadata,
    variants: body.variants?.map((v) => ({ ...v, replacesMetadata: true })),
  }
}

/**
 * Checks the change a body describes before Medusa writes it; a body that does not parse is left to Medusa's
 * validation.
 */
function refuse<T>(
  schema: z.ZodType<T>,
  changes: (params: Record<string, string | undefined>, body: T) => ProductChange[],
) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.body ?? {})
    if (parsed.success) await refuseProductProblems(req.scope, changes(req.params, parsed.data))
    next()
  }
}

/**
 * Medusa Admin's product and variant edits must leave every variant a valid lighting spec, and a published
 * product without unbacked environmental claims and with its safety information (GPSR art. 19). Checked
 * before the write because Medusa's rollback of a refused update keeps the metadata it changed.
 */
export const adminProductMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/products/:id",
    middlewares: [refuse(productUpdate, ({ id = "" }, body) => [productChange(id, body)])],
  },
  {
    method: ["POST"],
    matcher: "/admin/products/:id/variants/:variant_id",
    middlewares: [
      refuse(variant, ({ id = "", variant_id }, body) => [{ id, variants: [{ ...body, id: variant_id }] }]),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/products/:id/variants/batch",
    middlewares: [
      refuse(variantsBatch, ({ id = "" }, body) => [
        { id, variants: [...(body.create ?? []), ...(body.update ?? [])], deletedVariantIds: body.delete },
      ]),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/products/batch",
    middlewares: [
      refuse(productsBatch, (_params, body) =>
        (body.update ?? []).map((product) => productChange(product.id, product)),
      ),
    ],
  },
]
