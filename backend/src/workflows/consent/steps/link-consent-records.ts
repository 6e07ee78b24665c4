import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONSENT_MODULE } from "../../../modules/consent"
import type ConsentModuleService from "../../../modules/consent/service"

/** Links the not yet linked choices of a consent id to a customer who just logged in with it. */
export const linkConsentRecordsStep = createStep(
  "link-consent-records",
  async (input: { consent_id: string; customer_id: string }, { container }) => {
    const consent: ConsentModuleService = container.resolve(CONSENT_MODULE)
    const unlinked = await consent.listConsentRecords(
      { consent_id: input.consent_id, customer_id: null },
      { select: ["id"] },
    )
    if (unlinked.length)
      await consent.updateConsentRecords(unlinked.map(({ id }) => ({ id, customer_id: input.customer_id })))
    return new StepResponse(
      unlinked.length,
      unlinked.map(({ id }) => id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container
        .resolve<ConsentModuleService>(CONSENT_MODULE)
        .updateConsentRecords(ids.map((id) => ({ id, customer_id: null })))
  },
)
