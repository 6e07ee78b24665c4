import { model } from "@medusajs/framework/utils"

/**
 * One published edition of the privacy and cookie policy (packages/privacy/src/editions.ts): its
 * version, the day it took effect, what changed, the written wording it shows, and the SHA-256 of
 * the data map it describes with the services and recipients it names. Added the first time a
 * content appears, never edited: consent records name the edition their choice was made under.
 */
const PolicyEdition = model.define("policy_edition", {
  id: model.text().primaryKey(),
  /** 1, 2, 3…: the order of publication, and the banner's revision number. */
  revision: model.number().unique(),
  effective: model.text(),
  changes: model.json(),
  wording: model.text(),
  content_hash: model.text().nullable(),
  names: model.json().nullable(),
})

export default PolicyEdition
