import { Badge, Button, Heading, Text, Textarea } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminCall, CHANNEL_LABELS, day, KIND_LABELS, type DataRequest } from "../../../lib/privacy"
import { DeskActions } from "./desk-actions"
import { RecipientNotices } from "./recipient-notices"

/** One request: its state, the desk's actions and, after an erasure, the recipients to notify. */
export function RequestDetail({ id, onChanged }: { id: string; onChanged: () => void }) {
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
      {open ? <DeskActions id={id} request={request} text={text} onText={setText} act={act} run={run} /> : null}
      {request.kind === "erasure" && request.status === "completed" && !request.receipt ? (
        <Text size="small">
          Gewist. De restcontrole over de hele database volgt vannacht; is die schoon, dan gaat het ontvangstbewijs naar
          de aanvrager.
        </Text>
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
        <RecipientNotices id={id} notices={request.notices} text={text} onText={setText} run={run} />
      ) : null}
      {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
    </div>
  )
}
