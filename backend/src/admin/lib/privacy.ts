/** A call to Helder's admin API with the staff session; throws with the backend's message when refused. */
export async function adminCall<T>(path: string, init: { method?: "GET" | "POST"; body?: object } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    ...(init.body ? { body: JSON.stringify(init.body), headers: { "content-type": "application/json" } } : {}),
  })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(body.message ?? `Request failed (${response.status})`)
  return body as T
}

/** Downloads a POST answer (an export zip) as a file in the browser. */
export async function downloadPost(path: string, body: object, filename: string): Promise<void> {
  const response = await fetch(path, {
    method: "POST",
    credentials: "include",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  })
  if (!response.ok)
    throw new Error((await response.json().catch(() => ({}))).message ?? `Download failed (${response.status})`)
  const url = URL.createObjectURL(await response.blob())
  const link = Object.assign(document.createElement("a"), { href: url, download: filename })
  link.click()
  URL.revokeObjectURL(url)
}

export type RecipientNotice = {
  id: string
  party: string
  state: "pending" | "notified" | "not_needed"
  notified_at: string | null
  note: string | null
}

export type DataRequest = {
  id: string
  kind: "export" | "erasure" | "correction" | "restriction" | "objection"
  channel: "self_service" | "guest" | "staff" | "retention"
  status: string
  email: string | null
  details: string | null
  received_at: string
  due_at: string
  extension_reason: string | null
  identity_status: "pending" | "verified" | "failed"
  identity_method: string | null
  scheduled_for: string | null
  deferred_reason: string | null
  completed_at: string | null
  rejected_reason: string | null
  lifted_at: string | null
  lift_reason: string | null
  overdue: boolean
  receipt?: { scan: { passed: boolean; columns: number } } | null
  notices?: RecipientNotice[]
}

export const KIND_LABELS = {
  export: "Inzage / kopie",
  erasure: "Verwijderen",
  correction: "Correctie",
  restriction: "Beperking (art. 18)",
  objection: "Bezwaar (art. 21)",
} as const
export const CHANNEL_LABELS = {
  self_service: "Account",
  guest: "Gastformulier",
  staff: "Brief / e-mail",
  retention: "Bewaartermijn (inactief account)",
} as const
export const STATUS_LABELS: Record<string, string> = {
  awaiting_verification: "Wacht op bevestiging",
  received: "Ontvangen",
  scheduled: "Gepland",
  deferred: "Uitgesteld",
  completed: "Afgehandeld",
  rejected: "Afgewezen",
  cancelled: "Ingetrokken",
}

/** A date the Dutch way. */
export const day = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString("nl-NL", { day: "numeric", month: "short", year: "numeric" }) : "—"
