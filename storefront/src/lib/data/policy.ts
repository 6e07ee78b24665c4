import "server-only"
import { policyContentHash, type DataMap, type PolicyVersion } from "@helder/privacy"
import { CACHE_TAGS } from "@helder/contract"
import { storeFetch } from "../medusa"
import { dataMap } from "../privacy"

type PolicyAnswer = {
  current: { id: string; effective: string; revision: number }
  content_hash: string | null
  editions: PolicyVersion[]
}

/**
 * The policy as the backend published it: this installation's map with every edition as its version list, and the
 * banner's revision.
 */
export type PublishedPolicy = { map: DataMap; current: PolicyVersion; revision: number }

/** This storefront's own content hash: its map is fixed for the process, so it is hashed once. */
const ownContentHash = policyContentHash(dataMap)
let mismatchReported = false

/**
 * The published editions of the policy (the backend publishes a new one when the configuration
 * changes), kept a minute in the data cache: every page's banner needs them.
 */
export async function getPublishedPolicy(): Promise<PublishedPolicy> {
  const answer = await storeFetch<PolicyAnswer>("/store/policy", { tags: [CACHE_TAGS.policy], revalidate: 60 })
  if (!mismatchReported && answer.content_hash !== (await ownContentHash)) {
    // The two apps read different configurations: the banner's proof would not match the backend's.
    mismatchReported = true
    console.error(
      "The storefront's data map differs from the one the backend published: give both apps the same privacy settings.",
    )
  }
  const current = answer.editions.find((edition) => edition.id === answer.current.id)!
  return { map: { ...dataMap, policyVersions: answer.editions }, current, revision: answer.current.revision }
}
