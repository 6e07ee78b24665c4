import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Text } from "@medusajs/ui"
import { useStaffMe } from "../lib/role-gate"

/**
 * Where Medusa Admin lands after the login: a user whose role needs a second factor, or who has no role
 * yet, reads here what to do instead of a page full of refusals.
 */
const StaffAccessNotice = () => {
  const me = useStaffMe()
  if (!me) return null
  const text = !me.role
    ? "Je account heeft nog geen rol: een eigenaar geeft je er een onder Medewerkers. Tot dan zie je hier niets."
    : me.two_factor.required && !me.two_factor.used
      ? `Je rol (${me.role_label}) vereist tweestapsverificatie. Stel die in onder Instellingen › Profiel (scan de QR-code met je app) en log daarna opnieuw in.`
      : null
  if (!text) return null
  return (
    <Container className="px-6 py-4" data-testid="staff-access-notice">
      <Text weight="plus">{text}</Text>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: ["order.list.before", "product.list.before"] })

export default StaffAccessNotice
