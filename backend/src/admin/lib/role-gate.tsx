import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState, type ComponentType } from "react"
import { adminCall } from "./privacy"
import type { StaffMe } from "./staff"

/** The logged-in staff user's role and second factor (GET /admin/staff/me), once per page. */
export function useStaffMe(): StaffMe | null | undefined {
  const [me, setMe] = useState<StaffMe | null | undefined>(undefined)
  useEffect(() => {
    adminCall<StaffMe>("/admin/staff/me").then(setMe, () => setMe(null))
  }, [])
  return me
}

/** Why a page or widget stays closed to this user, or null when it may open. */
export function closedBecause(me: StaffMe, permission: string): string | null {
  if (!me.role) return "Je account heeft nog geen rol. Vraag een eigenaar er een te geven (Medewerkers)."
  if (me.two_factor.required && !me.two_factor.used) {
    return `Je rol (${me.role_label}) vereist tweestapsverificatie. Stel die in onder Instellingen › Profiel en log daarna opnieuw in.`
  }
  return me.permissions.some((p) => p.id === permission)
    ? null
    : `Je rol (${me.role_label}) geeft geen toegang tot dit onderdeel.`
}

/**
 * A Helder admin page (or widget) opens only for a role that holds its permission (api/surface/roles.ts);
 * others see why — a `quiet` widget shows nothing — and its own requests are never made.
 */
export function withPermission<P extends object>(permission: string, Page: ComponentType<P>, { quiet = false } = {}) {
  const Gated = (props: P) => {
    const me = useStaffMe()
    if (me === undefined) return null
    const reason = me ? closedBecause(me, permission) : "Je bent niet ingelogd."
    if (!reason) return <Page {...props} />
    if (quiet) return null
    return (
      <Container className="px-6 py-4" data-testid="closed-for-role">
        <Heading level="h2">Geen toegang</Heading>
        <Text size="small">{reason}</Text>
      </Container>
    )
  }
  return Gated
}
