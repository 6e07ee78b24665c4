import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { now } from "../../../lib/clock"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

export type UpdateRecipientNoticeInput = {
  request_id: string
  notice_id: string
  state: "notified" | "not_needed"
  note?: string | null
  actor_id: string
}

/** Records that a recipient was told of an erasure (art. 19), or why it did not need to be. */
export const updateRecipientNoticeStep = createStep(
  "update-recipient-notice",
  async (input: UpdateRecipientNoticeInput, { container }) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const [notice] = await requests.listRecipientNotices({ id: input.notice_id, request_id: input.request_id })
    if (!notice) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Notice not found")
    await requests.updateRecipientNotices({
      id: notice.id,
      state: input.state,
      note: input.note ?? null,
      notified_at: now(),
      notified_by: input.actor_id,
    })
    return new StepResponse(
      { id: notice.id },
      {
        id: notice.id,
        state: notice.state,
        note: notice.note,
        notified_at: notice.notified_at,
        notified_by: notice.notified_by,
      },
    )
  },
  async (before, { container }) => {
    if (before)
      await container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE).updateRecipientNotices(before)
  },
)
