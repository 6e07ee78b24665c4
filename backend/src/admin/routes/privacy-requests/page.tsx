import { defineRouteConfig } from "@medusajs/admin-sdk"
import { withPermission } from "../../lib/role-gate"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text, Textarea } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import {
  adminCall,
  CHANNEL_LABELS,
  day,
  downloadPost,
  KIND_LABELS,
  STATUS_LABELS,
  type DataRequest,
} from "../../lib/privacy"

type Filter = "open" | "all" | "completed" | "rejected"

/** Staff log a request that came by letter, phone or e-mail. */
function LogRequestForm({ onLogged }: { onLogged: () => void }) {
  const [kind, setKind] = useState("export")
  const [email, setEmail] = useState("")
  const [receivedOn, setReceivedOn] = useState(new Date().toISOString().slice(0, 10))
  const [details, setDetails] = useState("")
  const [error, setError] = useState<string | null>(null)
  const submit = async () => {
    try {
      await adminCall("/admin/privacy-requests", {
        method: "POST",
        body: { kind, email, received_on: receivedOn, ...(details ? { details } : {}) },
      })
      setEmail("")
      setDetails("")
      setError(null)
      onLogged()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <div className="flex flex-wrap items-end gap-2 px-6 py-4">
      <Select value={kind} onValueChange={setKind}>
        <Select.Trigger className="w-44">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <Select.Item key={value} value={value}>
              {label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Input className="w-64" placeholder="E-mailadres" value={email} onChange={(e) => setEmail(e.target.value)} />
      <Input
        className="w-40"
        type="date"
        value={receivedOn}
        onChange={(e) => setReceivedOn(e.target.value)}
        aria-label="Ontvangen op"
      />
      <Input
        className="w-72"
        placeholder="Notitie (bijv. brief van 13 nov.)"
        value={details}
        onChange={(e) => setDetails(e.target.value)}
      />
      <Button size="small" onClick={submit}>
        Verzoek vastleggen
      </Button>
      {error ? <Text className="w-full text-ui-fg-error">{error}</Text> : null}
    </div>
  )
}

/** One request: its state, the desk's actions and, after an erasure, the recipients to notify. */
function RequestDetail({ id, onChanged }: { id: string; onChanged: () => void }) {
  const [request, setRequest] = useState<DataRequest | null>(null)
  const [text, setText] = useState("")
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(
    () =>
      adminCall<{ request: DataRequest }>(`/admin/privacy-requests/${id}`)
        .then((r) => setRequest(r.request))
        .catch((e: Error) => setError(e.message)),
    [id],
  )
  useEffect(() => void load(), [load])
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work()
      setError(null)
      setText("")
      await load()
      onChanged()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  if (!request) return error ? <Text className="px-6 py-4 text-ui-fg-error">{error}</Text> : null
  const open = ["awaiting_verification", "received", "scheduled", "deferred"].includes(request.status)
  const act = (body: object) => run(() => adminCall(`/admin/privacy-requests/${id}/actions`, { method: "POST", body }))
  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-request={request.id}>
      <Heading level="h3">
        {KIND_LABELS[request.kind]} · {request.email ?? "(adres gewist)"}
      </Heading>
      <Text size="small">
        Ontvangen {day(request.received_at)} via {CHANNEL_LABELS[request.channel]} · uiterlijk {day(request.due_at)}
        {request.extension_reason ? ` (verlengd: ${request.extension_reason})` : ""} · identiteit:{" "}
        {request.identity_status === "verified"
          ? `gecontroleerd (${request.identity_method})`
          : "nog niet gecontroleerd"}
      </Text>
      {request.details ? (
        <Text size="small" className="whitespace-pre-wrap">
          {request.details}
        </Text>
      ) : null}
      {request.deferred_reason ? (
        <Text size="small">
          Uitgesteld: {request.deferred_reason} (volgende poging {day(request.scheduled_for)})
        </Text>
      ) : null}
      {request.rejected_reason ? <Text size="small">Afgewezen: {request.rejected_reason}</Text> : null}
      {request.kind === "restriction" && request.status === "completed" ? (
        request.lifted_at ? (
          <Text size="small">
            Beperking opgeheven {day(request.lifted_at)}: {request.lift_reason}
          </Text>
        ) : (
          <div className="flex flex-col gap-2">
            <Badge color="orange">
              Beperking van kracht: geen nieuwsbrief, geen statistieken, niets automatisch verwijderd behalve verlopen
              sessies
            </Badge>
            <Textarea
              placeholder="Reden van opheffen (de aanvrager krijgt hem per e-mail vóór het opheffen, art. 18 lid 3 AVG)"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <div>
              <Button size="small" variant="secondary" onClick={() => act({ action: "lift", reason: text })}>
                Beperking opheffen
              </Button>
            </div>
          </div>
        )
      ) : null}
      {request.kind === "objection" && request.status === "completed" ? (
        <Badge color="orange">Bezwaar van kracht: geen nieuwsbrief, geen statistieken</Badge>
      ) : null}
      {open ? (
        <>
          <Textarea
            placeholder="Reden (de aanvrager krijgt hem per e-mail bij verlengen, afwijzen en afronden; hij gaat ook in het logboek) / werkwijze bij identiteitscontrole (alleen logboek)"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="flex flex-wrap gap-2">
            {request.identity_status !== "verified" ? (
              <Button size="small" variant="secondary" onClick={() => act({ action: "verify_identity", method: text })}>
                Identiteit gecontroleerd
              </Button>
            ) : null}
            <Button size="small" variant="secondary" onClick={() => act({ action: "extend", months: 1, reason: text })}>
              Verleng 1 maand
            </Button>
            {request.kind === "export" ? (
              <Button
                size="small"
                onClick={() =>
                  run(() =>
                    downloadPost(`/admin/privacy-requests/${id}/export`, { reason: text }, `gegevens-${id}.zip`),
                  )
                }
              >
                Export maken
              </Button>
            ) : null}
            {request.kind === "erasure" ? (
              <Button
                size="small"
                variant="danger"
                onClick={() =>
                  run(() =>
                    adminCall(`/admin/privacy-requests/${id}/erase`, { method: "POST", body: { reason: text } }),
                  )
                }
              >
                Nu verwijderen
              </Button>
            ) : null}
            {request.kind === "correction" ? (
              <Button size="small" onClick={() => act({ action: "complete", note: text })}>
                Correctie afgerond
              </Button>
            ) : null}
            {request.kind === "restriction" ? (
              <Button size="small" onClick={() => act({ action: "complete", ...(text ? { note: text } : {}) })}>
                Beperking instellen
              </Button>
            ) : null}
            {request.kind === "objection" ? (
              <Button size="small" onClick={() => act({ action: "complete", ...(text ? { note: text } : {}) })}>
                Bezwaar toekennen
              </Button>
            ) : null}
            <Button size="small" variant="danger" onClick={() => act({ action: "reject", reason: text })}>
              Afwijzen
            </Button>
          </div>
        </>
      ) : null}
      {request.receipt ? (
        <Text size="small">
          Restcontrole: {request.receipt.scan.passed ? "geslaagd" : "NIET geslaagd"} ({request.receipt.scan.columns}{" "}
          kolommen) ·{" "}
          <a
            className="text-ui-fg-interactive"
            href={`/admin/privacy-requests/${id}/receipt`}
            target="_blank"
            rel="noreferrer"
          >
            ontvangstbewijs
          </a>
        </Text>
      ) : null}
      {request.notices?.length ? (
        <div>
          <Text size="small" weight="plus">
            Ontvangers informeren (art. 19 AVG)
          </Text>
          {request.notices.map((notice) => (
            <div key={notice.id} className="flex items-center gap-2 py-1">
              <Text size="small" className="w-72">
                {notice.party}
              </Text>
              {notice.state === "pending" ? (
                <>
                  <Button
                    size="small"
                    variant="secondary"
                    onClick={() =>
                      run(() =>
                        adminCall(`/admin/privacy-requests/${id}/notices/${notice.id}`, {
                          method: "POST",
                          body: { state: "notified", ...(text ? { note: text } : {}) },
                        }),
                      )
                    }
                  >
                    Gemeld
                  </Button>
                  <Button
                    size="small"
                    variant="transparent"
                    onClick={() =>
                      run(() =>
                        adminCall(`/admin/privacy-requests/${id}/notices/${notice.id}`, {
                          method: "POST",
                          body: { state: "not_needed", ...(text ? { note: text } : {}) },
                        }),
                      )
                    }
                  >
                    Niet nodig
                  </Button>
                </>
              ) : (
                <Badge color={notice.state === "notified" ? "green" : "grey"}>
                  {notice.state === "notified" ? `gemeld ${day(notice.notified_at)}` : "niet nodig"}
                </Badge>
              )}
            </div>
          ))}
        </div>
      ) : null}
      {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
    </div>
  )
}

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
