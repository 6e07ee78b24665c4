import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { withPermission } from "../lib/role-gate"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { RevealPersonalData } from "../lib/reveal-personal-data"

/** On an order's page: its masked personal data, shown on request with a reason. */
const OrderPersonalDataWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => (
  <RevealPersonalData subjectType="order" subjectId={order.id} />
)

export const config = defineWidgetConfig({ zone: "order.details.before" })

export default withPermission("reveal", OrderPersonalDataWidget, { quiet: true })
