import type { MedusaContainer } from "@medusajs/framework/types"
import { PRIVACY_REQUEST_MODULE } from "../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../modules/privacy-request/service"

/** Whether the customer asked for their erasure and it has not run or been undone: login stays closed until then. */
export async function erasurePending(scope: MedusaContainer, customerId: string): Promise<boolean> {
  const requests = scope.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
  const [pending] = await requests.listDataRequests(
    { customer_id: customerId, kind: "erasure", status: ["scheduled", "deferred"] },
    { select: ["id"], take: 1 },
  )
  return Boolean(pending)
}
