import type { RetentionRule } from "@helder/privacy"
import { adminCall } from "./privacy"

export type RunTrigger = "schedule" | "staff" | "cli"
export type RunStatus = "running" | "completed" | "failed" | "interrupted"
export type WarningStatus = "warned" | "cancelled" | "erased"

/**
 * A rule in force as /admin/retention lists it: the data map's rule plus the names of the data categories it covers.
 */
export type RuleRow = RetentionRule & { categories: string[] }

/** One rule's work within a run; `samples` holds a few of the affected ids, never personal data. */
export type RunStep = {
  id: string
  rule: string
  category: string
  action: string
  batches: number
  rows: number
  errors: number
  cursor: string | null
  samples: { ids: string[] } | null
  finished_at: string | null
}

export type Run = {
  id: string
  trigger: RunTrigger
  dry_run: boolean
  status: RunStatus
  as_of: string
  started_at: string
  finished_at: string | null
  error: string | null
  steps: RunStep[]
}

/**
 * A warning mail to an account inactive for the rule's term; it is erased after `erase_after` unless its owner returns.
 */
export type InactivityWarning = {
  id: string
  customer_id: string
  last_activity_at: string
  warned_at: string | null
  erase_after: string | null
  status: WarningStatus
  resolved_at: string | null
}

export type RetentionOverview = {
  schedule: string
  next_run: string | null
  running: { id: string; trigger: RunTrigger; dry_run: boolean; started_at: string } | null
  rules: RuleRow[]
  runs: Run[]
  warnings: InactivityWarning[]
}

export type PreviewStep = {
  rule: string
  category: string
  action: string
  cutoff: string
  batches: number
  rows: number
  samples: string[]
}
export type Preview = { run_id: string; dry_run: true; as_of: string; steps: PreviewStep[] }

/** The schedule, the rules in force, the last runs and the inactive-account warnings. */
export const fetchRetention = () => adminCall<RetentionOverview>("/admin/retention")

/**
 * A dry run: what the next run would touch, with nothing changed; throws with the backend's message while a run is
 * busy.
 */
export const previewRetention = () => adminCall<Preview>("/admin/retention/preview", { method: "POST" })

/** Starts a real run in the background; throws with the backend's message while one is busy. */
export const startRetentionRun = () => adminCall<{ run_id: string }>("/admin/retention/runs", { method: "POST" })

export const FROM_LABELS: Record<RetentionRule["from"], string> = {
  last_activity: "laatste wijziging",
  delivery: "levering",
  last_login_or_order: "laatste inlog of bestelling",
  event: "gebeurtenis",
  consent_end: "einde van de keuze",
  answered: "beantwoording",
  closed: "afhandeling",
  fiscal_year_end: "einde boekjaar",
  unsubscribe: "afmelding",
}

export const TRIGGER_LABELS: Record<RunTrigger, string> = {
  schedule: "gepland",
  staff: "medewerker",
  cli: "opdrachtregel",
}

export const RUN_STATUS: Record<RunStatus, { label: string; color: "blue" | "green" | "red" | "orange" }> = {
  running: { label: "bezig", color: "blue" },
  completed: { label: "voltooid", color: "green" },
  failed: { label: "mislukt", color: "red" },
  interrupted: { label: "onderbroken", color: "orange" },
}

export const WARNING_STATUS: Record<WarningStatus, { label: string; color: "orange" | "green" | "grey" }> = {
  warned: { label: "gewaarschuwd", color: "orange" },
  cancelled: { label: "geannuleerd (ingelogd of besteld)", color: "green" },
  erased: { label: "gewist", color: "grey" },
}

const STEP_ACTIONS: Record<string, string> = {
  delete: "verwijderen",
  anonymise: "anonimiseren",
  warn: "waarschuwen",
  erase: "wissen",
}

/** A run step's action in Dutch; an action this page does not know yet shows as the backend names it. */
export const stepAction = (action: string) => STEP_ACTIONS[action] ?? action

/** What a rule does when the term ends. */
export function ruleAction(rule: RuleRow): string {
  // Kept outside the database (counters, server logs): the engine has nothing to do, the term holds there.
  if (rule.outside) return `buiten de database: ${rule.outside.nl}`
  if (rule.then === "warn_then_erase") return `waarschuwen, na ${rule.graceDays ?? "?"} dagen wissen`
  return rule.then === "anonymise" ? "anonimiseren" : "verwijderen"
}

const UNITS = { years: ["jaar", "jaar"], months: ["maand", "maanden"], days: ["dag", "dagen"] } as const

/** A rule's term the Dutch way: "30 dagen", "13 maanden", "7 jaar na het boekjaar". */
export function termLabel(rule: Pick<RuleRow, "keep" | "from">): string {
  const parts = (["years", "months", "days"] as const).flatMap((unit) => {
    const count = rule.keep[unit]
    return count ? [`${count} ${UNITS[unit][count === 1 ? 0 : 1]}`] : []
  })
  const term = new Intl.ListFormat("nl", { type: "conjunction" }).format(parts)
  return rule.from === "fiscal_year_end" ? `${term} na het boekjaar` : term
}

// The shop, its schedule and its fiscal year live in Amsterdam, whatever the browser's zone.
const AMSTERDAM = { timeZone: "Europe/Amsterdam" } as const

/** Date and time in Amsterdam. */
export const moment = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString("nl-NL", { ...AMSTERDAM, dateStyle: "medium", timeStyle: "short" }) : "—"

/** A date in Amsterdam. */
export const date = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString("nl-NL", { ...AMSTERDAM, dateStyle: "medium" }) : "—"

/** A count with Dutch thousands separators. */
export const count = (n: number) => n.toLocaleString("nl-NL")

/** A few sample ids on one line; the rest as a number, so a large batch does not flood the table. */
export function sampleList(ids: string[] | undefined, shown = 3): string {
  if (!ids?.length) return "—"
  const rest = ids.length - shown
  return ids.slice(0, shown).join(", ") + (rest > 0 ? ` +${rest}` : "")
}
