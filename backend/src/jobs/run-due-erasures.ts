import type { MedusaContainer } from "@medusajs/framework/types"
import { runDueErasures } from "../lib/erasure/run-due-erasures"

/** Erasures run (or wait for open orders) once their undo window has passed. */
export default async function runDueErasuresJob(container: MedusaContainer) {
  await runDueErasures(container)
}

export const config = { name: "run-due-erasures", schedule: "*/5 * * * *" }
