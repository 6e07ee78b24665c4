import { defineRouteConfig } from "@medusajs/admin-sdk"
import { withPermission } from "../../lib/role-gate"
import { ListBullet } from "@medusajs/icons"
import { Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminCall } from "../../lib/privacy"

type AuditEvent = {
  id: string
  actor_type: string
  actor_id: string
  action: string
  subject_type: string
  subject_id: string
  reason: string | null
  occurred_at: string
}

const ACTION_LABELS: Record<string, string> = {
  reveal: "Gegevens getoond",
  export: "Export gemaakt",
  erasure: "Gegevens verwijderd",
  erasure_requested: "Verwijderen aangevraagd",
  erasure_undone: "Verwijderen ongedaan gemaakt",
  identity_verified: "Identiteit bevestigd via mail",
  request_logged: "Verzoek vastgelegd",
}

/** The audit log: who saw, exported or erased personal data, when and why. Read-only: nothing can change it. */
const AuditLogPage = () => {
  const [subject, setSubject] = useState("")
  const [events, setEvents] = useState<AuditEvent[]>([])
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(
    () =>
      adminCall<{ events: AuditEvent[] }>(
        `/admin/audit-events?limit=200${subject ? `&subject_id=${encodeURIComponent(subject)}` : ""}`,
      )
        .then((r) => (setEvents(r.events), setError(null)))
        .catch((e: Error) => setError(e.message)),
    [subject],
  )
  useEffect(() => void load(), [load])
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2">Logboek persoonsgegevens</Heading>
        <div className="flex gap-2">
          <Input
            placeholder="Klant-, bestel- of verzoek-id"
            value={subject}
            onChange={(e) => setSubject(e.target.value.trim())}
          />
          <Button size="small" variant="secondary" onClick={load}>
            Vernieuwen
          </Button>
        </div>
      </div>
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{error}</Text> : null}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Wanneer</Table.HeaderCell>
            <Table.HeaderCell>Wie</Table.HeaderCell>
            <Table.HeaderCell>Wat</Table.HeaderCell>
            <Table.HeaderCell>Over</Table.HeaderCell>
            <Table.HeaderCell>Waarom</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {events.map((event) => (
            <Table.Row key={event.id}>
              <Table.Cell>{new Date(event.occurred_at).toLocaleString("nl-NL")}</Table.Cell>
              <Table.Cell>{event.actor_type === "user" ? `medewerker ${event.actor_id}` : event.actor_type}</Table.Cell>
              <Table.Cell>{ACTION_LABELS[event.action] ?? event.action}</Table.Cell>
              <Table.Cell>
                {event.subject_type} {event.subject_id}
              </Table.Cell>
              <Table.Cell className="max-w-md whitespace-pre-wrap">{event.reason ?? "—"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Logboek", icon: ListBullet })

export default withPermission("audit", AuditLogPage)
