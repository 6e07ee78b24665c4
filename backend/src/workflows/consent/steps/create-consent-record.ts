import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSENT_MODULE } from "../../../modules/consent"
import type ConsentModuleService from "../../../modules/consent/service"
import type { Locale } from "@helder/contract"

export type ConsentRecordInput = {
  consent_id: string
  categories: string[]
  policy_version: string
  text_hash: string
  locale: Locale
  source: "banner" | "settings" | "gpc"
  gpc: boolean
  customer_id: string | null
  given_at: Date
  expires_at: Date
}

/** Adds one proof record; earlier choices stay as they were. */
export const createConsentRecordStep = createStep(
  "create-consent-record",
  async (input: ConsentRecordInput, { container }) => {
    const consent: ConsentModuleService = container.resolve(CONSENT_MODULE)
    const record = await consent.createConsentRecords(input)
    return new StepResponse(record, record.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ConsentModuleService>(CONSENT_MODULE).deleteConsentRecords(id)
  },
)
