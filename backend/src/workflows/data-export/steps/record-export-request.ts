import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { now } from "../../../lib/clock"
import { dataRequestRow, type NewDataRequest } from "../../privacy-requests/data-request-row"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

export type RecordExportRequestInput = {
  /** A request that was already open (a verified guest, the privacy desk); without it a new one is recorded. */
  request_id?: string | null
  request: Omit<NewDataRequest, "kind"> & { identity_method: string }
}

type Previous = { id: string; before: Record<string, unknown> | null }

/** Records the export as a completed request: self-service exports are requests too and count on the desk. */
export const recordExportRequestStep = createStep(
  "record-export-request",
  async (input: RecordExportRequestInput, { container }) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const at = now()
    // The guest's download link works once: a second download needs a new request.
    const done = {
      status: "completed" as const,
      completed_at: at,
      identity_status: "verified" as const,
      identity_method: input.request.identity_method,
      token_hash: null,
      token_expires_at: null,
    }
    if (input.request_id) {
      const { status: _completed, ...fields } = done
      const handledBy = input.request.handled_by ?? (await requests.retrieveDataRequest(input.request_id)).handled_by
      const { previous } = await requests.moveDataRequest(input.request_id, "complete", {
        ...fields,
        handled_by: handledBy,
      })
      return new StepResponse<{ id: string }, Previous>(
        { id: input.request_id },
        { id: input.request_id, before: previous },
      )
    }
    const created = await requests.createDataRequests({
      ...dataRequestRow({ ...input.request, kind: "export" }, at),
      ...done,
    })
    return new StepResponse<{ id: string }, Previous>({ id: created.id }, { id: created.id, before: null })
  },
  async (undo: Previous | undefined, { container }) => {
    if (!undo) return
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    if (!undo.before) return requests.deleteDataRequests(undo.id)
    await requests.restoreDataRequest({ ...undo.before, id: undo.id })
  },
)
