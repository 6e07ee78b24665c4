import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { errorLabel } from "../error-label"
import { PRIVACY_REQUEST_MODULE } from "../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../modules/privacy-request/service"
import { deferErasureWorkflow } from "../../workflows/erasure/defer-erasure"
import { eraseDataSubjectWorkflow } from "../../workflows/erasure/erase-data-subject"
import { now } from "../clock"
import { requestSubject } from "../data-export/subject"
import { openOrders, type OpenOrder } from "./open-orders"

const DAY = 24 * 60 * 60 * 1000

/** When to look again: just after the earliest return window closes, or tomorrow for goods still on their way. */
function retryAt(open: OpenOrder[], at: Date): Date {
  const ends = open.map((o) => (o.until ? new Date(o.until).getTime() + 60_000 : at.getTime() + DAY))
  return new Date(Math.min(...ends))
}

/** Runs one erasure request now: erased when all its orders are closed, otherwise deferred until they are. */
export async function processErasure(
  container: MedusaContainer,
  request: { id: string; customer_id: string | null; email: string | null },
  at: Date,
): Promise<"erased" | "deferred"> {
  const subject = await requestSubject(container, request)
  const open = await openOrders(container, subject.orderIds, at)
  if (open.length) {
    const orders = open.map((o) => `#${o.display_id}`).join(", ")
    const reason = `open orders: ${open.map((o) => `#${o.display_id} (${o.reason})`).join(", ")}`
    await deferErasureWorkflow(container).run({
      input: { request_id: request.id, retry_at: retryAt(open, at).toISOString(), reason, orders },
    })
    return "deferred"
  }
  await eraseDataSubjectWorkflow(container).run({ input: { request_id: request.id } })
  return "erased"
}

/**
 * Runs every erasure whose undo window has passed: those whose orders are all closed are erased, the
 * others wait for them. Returns the counts; one failing erasure does not stop the others.
 */
export async function runDueErasures(
  container: MedusaContainer,
): Promise<{ erased: number; deferred: number; failed: number }> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const at = now()
  const due = await container
    .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    .listDataRequests(
      { kind: "erasure", status: ["scheduled", "deferred"], scheduled_for: { $lte: at } },
      { select: ["id", "customer_id", "email"] },
    )
  const counts = { erased: 0, deferred: 0, failed: 0 }
  for (const request of due) {
    try {
      counts[await processErasure(container, request, at)]++
    } catch (error) {
      counts.failed++
      logger.error(`erasure ${request.id} failed (${errorLabel(error)})`)
    }
  }
  if (due.length) logger.info(`erasures: ${counts.erased} erased, ${counts.deferred} deferred, ${counts.failed} failed`)
  return counts
}
