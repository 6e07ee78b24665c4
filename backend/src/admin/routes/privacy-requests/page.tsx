import { defineRouteConfig } from "@medusajs/admin-sdk"
import { withPermission } from "../../lib/role-gate"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminCall, CHANNEL_LABELS, day, KIND_LABELS, STATUS_LABELS, type DataRequest } from "../../lib/privacy"
import { LogRequestForm } from "./components/log-request-form"
import { RequestDetail } from "./components/request-detail"

type Filter = "open" | "all" | "completed" | "rejected"
/** The privacy desk: every data-subject request with its due date, identity check, actions and outcome. */
const PrivacyRequestsPage = () => {
  const [filter, setFilter] = useState<Filter>("open")
  const [requests, setRequests] = useState<DataRequest[]>([])
  const [selected, setSelected] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(
    () =>
      adminCall<{ requests: DataRequest[] }>(`/admin/privacy-requests?status=${filter}&limit=100`)
        .then((r) => (setRequests(r.requests), setError(null)))
        .catch((e: Error) => setError(e.message)),
    [filter],
  )
  useEffect(() => void load(), [load])
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Privacyverzoeken</Heading>
        <Select value={filter} onValueChange={(value) => setFilter(value as Filter)}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="open">Open</Select.Item>
            <Select.Item value="completed">Afgehandeld</Select.Item>
            <Select.Item value="rejected">Afgewezen</Select.Item>
            <Select.Item value="all">Alle</Select.Item>
          </Select.Content>
        </Select>
      </div>
      <LogRequestForm onLogged={load} />
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{error}</Text> : null}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Ontvangen</Table.HeaderCell>
            <Table.HeaderCell>Soort</Table.HeaderCell>
            <Table.HeaderCell>Van</Table.HeaderCell>
            <Table.HeaderCell>Uiterlijk</Table.HeaderCell>
            <Table.HeaderCell>Identiteit</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {requests.map((request) => (
            <Table.Row key={request.id} className="cursor-pointer" onClick={() => setSelected(request.id)}>
              <Table.Cell>{day(request.received_at)}</Table.Cell>
              <Table.Cell>{KIND_LABELS[request.kind]}</Table.Cell>
              <Table.Cell>
                {request.email ?? "—"}{" "}
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {CHANNEL_LABELS[request.channel]}
                </Text>
              </Table.Cell>
              <Table.Cell>
                {day(request.due_at)} {request.overdue ? <Badge color="red">te laat</Badge> : null}
              </Table.Cell>
              <Table.Cell>
                {request.identity_status === "verified" ? (
                  <Badge color="green">gecontroleerd</Badge>
                ) : (
                  <Badge color="orange">open</Badge>
                )}
              </Table.Cell>
              <Table.Cell>{STATUS_LABELS[request.status] ?? request.status}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {selected ? <RequestDetail key={selected} id={selected} onChanged={load} /> : null}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Privacyverzoeken", icon: ShieldCheck })

export default withPermission("privacy", PrivacyRequestsPage)
