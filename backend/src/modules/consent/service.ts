import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import {
  buildDataMap,
  currentPolicyVersion,
  editionsToRecord,
  integrationsFromEnv,
  policyEditionSchema,
  validBannerHashes,
  withEditions,
  type ConsentCategoryId,
  type DataMap,
  type PolicyEdition as Edition,
  type PrivacyLocale,
} from "@helder/privacy"
import { now } from "../../lib/clock"
import { dataMap } from "../../lib/data-map"
import { NEWEST_FIRST } from "./consent-view"
import ConsentRecord from "./models/consent-record"
import PolicyEdition from "./models/policy-edition"

/** The policy as published: the map of the configuration read now, with every edition published so far. */
export type PublishedPolicy = { map: DataMap; editions: Edition[]; current: Edition }

const published = new Map<string, Promise<PublishedPolicy>>()
const bannerHashes = new Map<string, Promise<Set<string>>>()

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

  /**
   * The policy in force, its configuration read afresh at each call: a configuration the shop has not
   * published before (GA4 switched on, another mail provider) is published as a new edition the first
   * time it is asked for, so no choice made under the earlier edition covers it. Once per configuration
   * and written version per process; the database holds the editions for every process.
   */
  publishedPolicy(): Promise<PublishedPolicy> {
    // Reading the configuration costs microseconds; building the map from it a third of a millisecond,
    // so the map is built only for a configuration (or written version) this process has not seen.
    const integrations = integrationsFromEnv(process.env)
    const key = `${currentPolicyVersion(dataMap, now()).id}:${JSON.stringify(integrations)}`
    let policy = published.get(key)
    if (!policy) {
      const configured = buildDataMap(integrations)
      policy = this.publishPolicyEdition(configured, now()).then((editions) => ({
        map: withEditions(configured, editions),
        editions,
        current: editions.at(-1)!,
      }))
      // A failure (the database away) is not remembered: the next call tries again.
      policy.catch(() => published.delete(key))
      published.set(key, policy)
    }
    return policy
  }

  /** The policy version in force now: the newest published edition. */
  async policyVersion(): Promise<string> {
    return (await this.publishedPolicy()).current.id
  }

  /** The hashes of the banner texts shown under the edition in force, computed once per edition and language. */
  async bannerHashesInForce(locale: PrivacyLocale): Promise<Set<string>> {
    const { map, current } = await this.publishedPolicy()
    const key = `${current.id}:${current.contentHash}:${locale}`
    if (!bannerHashes.has(key)) bannerHashes.set(key, validBannerHashes(map, locale, now()))
    return bannerHashes.get(key)!
  }

  /**
   * Whether a consent id currently grants a category: its latest choice includes it, is under the
   * policy edition in force and has not expired. A newer refusal or a new edition ends it: a choice
   * never covers a service the text it was made under did not name.
   */
  async consentGrants(consentId: string, category: ConsentCategoryId): Promise<boolean> {
    const [latest] = await this.listConsentRecords({ consent_id: consentId }, { order: NEWEST_FIRST, take: 1 })
    if (!latest) return false
    return (
      latest.categories.includes(category) &&
      latest.policy_version === (await this.policyVersion()) &&
      new Date(latest.expires_at).getTime() > now().getTime()
    )
  }
}
