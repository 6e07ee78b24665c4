import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { editionsToRecord, policyEditionSchema, type DataMap, type PolicyEdition as Edition } from "@helder/privacy"
import ConsentRecord from "./models/consent-record"
import PolicyEdition from "./models/policy-edition"

/**
 * Cookie choices and their proof (a choice is never edited, a new one is added), and the policy editions they were made
 * under.
 */
export default class ConsentModuleService extends MedusaService({ ConsentRecord, PolicyEdition }) {
  /**
   * Every published edition, oldest first, after adding the one `map` makes at `at` if the shop has not
   * published it yet. One process at a time (an advisory lock), so two instances starting together
   * publish a new content once.
   */
  @InjectTransactionManager()
  async publishPolicyEdition(
    map: DataMap,
    at: Date,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<Edition[]> {
    const knex = sharedContext.transactionManager?.getTransactionContext()
    if (!knex)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "publishPolicyEdition must run inside a transaction")
    await knex.raw("SELECT pg_advisory_xact_lock(hashtext('helder:policy-editions'))")
    const rows = await this.listPolicyEditions({}, { order: { revision: "ASC" } }, sharedContext)
    const recorded = rows.map((row) =>
      policyEditionSchema.parse({
        id: row.id,
        effective: row.effective,
        changes: row.changes,
        wording: row.wording,
        contentHash: row.content_hash,
        names: row.names,
      }),
    )
    const added = await editionsToRecord(recorded, map, at)
    if (added.length) {
      await this.createPolicyEditions(
        added.map((edition, i) => ({
          id: edition.id,
          revision: rows.length + i + 1,
          effective: edition.effective,
          changes: edition.changes,
          wording: edition.wording,
          content_hash: edition.contentHash,
          names: edition.names,
        })),
        sharedContext,
      )
    }
    return [...recorded, ...added]
  }
}
