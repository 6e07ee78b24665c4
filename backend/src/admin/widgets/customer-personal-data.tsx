import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { withPermission } from "../lib/role-gate"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { RevealPersonalData } from "../lib/reveal-personal-data"

/** On a customer's page: their masked personal data, shown on request with a reason. */
const CustomerPersonalDataWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => (
  <RevealPersonalData subjectType="customer" subjectId={customer.id} />
)

export const config = defineWidgetConfig({ zone: "customer.details.before" })

export default withPermission("reveal", CustomerPersonalDataWidget, { quiet: true })
