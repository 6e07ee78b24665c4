import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"
import { moveTo } from "../../../modules/privacy-request/status"

/**
 * Writes a desk action's change to a request, a change of status through the module's status machine (which refuses
 * a move its status does not allow); the compensation puts the previous values back.
 */
export const updateDataRequestStep = createStep(
  "update-data-request",
  async ({ id, update }: { id: string; update: Record<string, unknown> }, { container }) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const { status, ...fields } = update
    const move = typeof status === "string" ? moveTo(status) : null
    if (status !== undefined && !move) throw new Error(`no move of a data request leads to ${String(status)}`)
    if (move) return new StepResponse({ id }, (await requests.moveDataRequest(id, move, fields)).previous)
    const before = Object.entries(await requests.retrieveDataRequest(id)).filter(([key]) => key in update)
    await requests.updateDataRequests({ id, ...update })
    return new StepResponse({ id }, { id, ...Object.fromEntries(before) })
  },
  async (previous, { container }) => {
    if (previous)
      await container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE).restoreDataRequest(previous)
  },
)
