import { Button, Textarea } from "@medusajs/ui"
import { adminCall, downloadPost, type DataRequest } from "../../../lib/privacy"

/** An open request's actions: check identity, extend, act on it by its kind, or reject; the text is the reason. */
export function DeskActions({
  id,
  request,
  text,
  onText,
  act,
  run,
}: {
  id: string
  request: DataRequest
  text: string
  onText: (text: string) => void
  act: (body: object) => Promise<void>
  run: (work: () => Promise<unknown>) => Promise<void>
}) {
  return (
    <>
      <Textarea
        placeholder="Reden (de aanvrager krijgt hem per e-mail bij verlengen, afwijzen en afronden; hij gaat ook in het logboek) / werkwijze bij identiteitscontrole (alleen logboek)"
        value={text}
        onChange={(e) => onText(e.target.value)}
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
              run(() => downloadPost(`/admin/privacy-requests/${id}/export`, { reason: text }, `gegevens-${id}.zip`))
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
              run(() => adminCall(`/admin/privacy-requests/${id}/erase`, { method: "POST", body: { reason: text } }))
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
  )
}
