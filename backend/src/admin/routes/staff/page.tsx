import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminCall } from "../../lib/privacy"
import type { RoleOption, StaffMe, StaffMember } from "../../lib/staff"

const NO_ROLE = "none"

/**
 * Medewerkers: everyone sees their own role and what it permits; an owner also gives roles and resets
 * a lost second factor. Every change goes on the audit log (with the reason asked here).
 */
const StaffPage = () => {
  const [me, setMe] = useState<StaffMe | null>(null)
  const [staff, setStaff] = useState<StaffMember[]>([])
  const [roles, setRoles] = useState<RoleOption[]>([])
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      const self = await adminCall<StaffMe>("/admin/staff/me")
      setMe(self)
      if (self.permissions.some((p) => p.id === "staff")) {
        const list = await adminCall<{ staff: StaffMember[]; roles: RoleOption[] }>("/admin/staff")
        setStaff(list.staff)
        setRoles(list.roles)
      }
      setError(null)
    } catch (failure) {
      setError((failure as Error).message)
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  const act = async (path: string, body: object) => {
    try {
      await adminCall(path, { method: "POST", body })
      await load()
    } catch (failure) {
      setError((failure as Error).message)
    }
  }

  const changeRole = (member: StaffMember, role: string) => {
    const reason = window.prompt(`Waarom krijgt ${member.email} deze rol?`) ?? ""
    return act(`/admin/staff/${member.id}/role`, {
      role: role === NO_ROLE ? null : role,
      ...(reason ? { reason } : {}),
    })
  }

  const resetSecondFactor = (member: StaffMember) => {
    const reason = window.prompt(`Waarom wordt de tweestapsverificatie van ${member.email} gereset?`)
    if (reason) return act(`/admin/staff/${member.id}/two-factor/reset`, { reason })
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Medewerkers</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Wie wat mag: iedere medewerker ziet alleen wat het werk vraagt.
        </Text>
      </div>
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{error}</Text> : null}
      {me ? (
        <div className="px-6 py-4" data-testid="my-role">
          <Text weight="plus">Jouw rol: {me.role_label ?? "nog geen rol — vraag een eigenaar er een te geven"}</Text>
          <ul className="list-disc pl-6">
            {me.permissions.map((permission) => (
              <li key={permission.id}>
                <Text size="small">{permission.label}</Text>
              </li>
            ))}
          </ul>
          <Text size="small">
            Tweestapsverificatie: {me.two_factor.enabled ? "ingesteld" : "niet ingesteld"}
            {me.two_factor.required && !me.two_factor.enabled
              ? " — je rol vereist het: stel het in onder je profiel (Instellingen › Profiel) en log opnieuw in."
              : ""}
          </Text>
        </div>
      ) : null}
      {roles.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Medewerker</Table.HeaderCell>
              <Table.HeaderCell>Rol</Table.HeaderCell>
              <Table.HeaderCell>Tweestapsverificatie</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {staff.map((member) => (
              <Table.Row key={member.id}>
                <Table.Cell>{member.email}</Table.Cell>
                <Table.Cell>
                  <Select value={member.role ?? NO_ROLE} onValueChange={(role) => void changeRole(member, role)}>
                    <Select.Trigger aria-label={`Rol van ${member.email}`}>
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      <Select.Item value={NO_ROLE}>Geen rol</Select.Item>
                      {roles.map((role) => (
                        <Select.Item key={role.id} value={role.id}>
                          {role.label}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Table.Cell>
                <Table.Cell>
                  {member.two_factor ? (
                    <div className="flex items-center gap-2">
                      <Badge color="green">Ingesteld</Badge>
                      <Button size="small" variant="secondary" onClick={() => void resetSecondFactor(member)}>
                        Resetten
                      </Button>
                    </div>
                  ) : (
                    <Badge color="grey">Niet ingesteld</Badge>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Medewerkers", icon: Users })

export default StaffPage
