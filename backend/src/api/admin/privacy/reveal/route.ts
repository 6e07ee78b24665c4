import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { recordAccessWorkflow } from "../../../../workflows/audit/record-access"

const ADDRESS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "postal_code",
  "city",
  "country_code",
  "phone",
]
const FIELDS = {
  customer: [
    "id",
    "email",
    "first_name",
    "last_name",
    "company_name",
    "phone",
    ...ADDRESS.map((f) => `addresses.${f}`),
    "addresses.id",
  ],
  order: [
    "id",
    "display_id",
    "email",
    ...ADDRESS.map((f) => `shipping_address.${f}`),
    ...ADDRESS.map((f) => `billing_address.${f}`),
  ],
} as const

/**
 * POST /admin/privacy/reveal — the personal data of one customer or order, unmasked, for a reason that
 * goes on the audit log first. An unknown id is a 404 and logs nothing.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<{ subject_type: "customer" | "order"; subject_id: string; reason: string }>,
  res: MedusaResponse,
) {
  const { subject_type, subject_id, reason } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: subject_type,
    fields: [...FIELDS[subject_type]],
    filters: { id: subject_id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${subject_type} not found`)
  await recordAccessWorkflow(req.scope).run({
    input: {
      actor_type: "user",
      actor_id: req.auth_context.actor_id,
      action: "reveal",
      subject_type,
      subject_id,
      reason,
    },
  })
  res.json({ [subject_type]: data[0] })
}
