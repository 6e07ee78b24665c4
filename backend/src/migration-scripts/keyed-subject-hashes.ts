import type { Knex } from "knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { subjectHash } from "../personal-data/data-subject"
import { sign } from "../lib/signature"

/**
 * Privacy requests once found their person by a plain SHA-256 of the e-mail address, which anyone can
 * recompute from a guessed address. Requests that still hold their address get the keyed hash; those
 * whose address was erased get their old hash keyed too, so it no longer answers a guess (nor a lookup).
 */
export default async function keyedSubjectHashes({ container }: { container: MedusaContainer }) {
  const pg: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { id: string; email: string | null; subject_hash: string }[] = await pg("data_request").select(
    "id",
    "email",
    "subject_hash",
  )
  for (const row of rows) {
    const keyed = row.email ? subjectHash(row.email) : sign("subject-erased", row.subject_hash)
    await pg("data_request").where({ id: row.id }).update({ subject_hash: keyed })
  }
}
