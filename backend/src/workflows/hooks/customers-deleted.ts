import { deleteCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { now } from "../../lib/clock"
import { customerSubject } from "../../personal-data/data-subject"
import { openOrders } from "../../personal-data/open-orders"
import { createDataRequestWorkflow } from "../privacy-requests/create-data-request"
import { eraseDataSubjectWorkflow } from "../erasure/erase-data-subject"

/**
 * Staff deleting a customer in Medusa Admin get Helder's erasure, not Medusa's soft delete: the same
 * workflow as self-service, recorded as a staff request. Open orders refuse the deletion (and roll it back).
 */
deleteCustomersWorkflow.hooks.customersDeleted(async ({ ids }, { container }) => {
  for (const id of ids) {
    const subject = await customerSubject(container, id)
    if (!subject) continue
    const open = await openOrders(container, subject.orderIds, now())
    if (open.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This customer has open orders (${open.map((o) => `#${o.display_id}`).join(", ")}). Log an erasure request on the privacy desk instead: it runs when they are closed.`,
      )
    }
    const { result: request } = await createDataRequestWorkflow(container).run({
      input: {
        kind: "erasure",
        channel: "staff",
        email: subject.email,
        customer_id: id,
        identity_method: "staff",
        details: "Deleted in Medusa Admin",
      },
    })
    // Medusa's account removal deletes the login row after this hook; the erasure scrubs it and leaves the row to that
    // step.
    await eraseDataSubjectWorkflow(container).run({ input: { request_id: request.id, keep_auth_identity_row: true } })
  }
})
