import { defineRouteConfig } from "@medusajs/admin-sdk"
import { withPermission } from "../../lib/role-gate"
import { Clock } from "@medusajs/icons"
import { Alert, Badge, Button, Container, Heading, Table, Text, usePrompt } from "@medusajs/ui"
import { Fragment, useCallback, useEffect, useState, type ReactNode } from "react"
import {
  count,
  date,
  fetchRetention,
  FROM_LABELS,
  moment,
  previewRetention,
  ruleAction,
  RUN_STATUS,
  sampleList,
  startRetentionRun,
  stepAction,
  termLabel,
  TRIGGER_LABELS,
  WARNING_STATUS,
  type InactivityWarning,
  type Preview,
  type RetentionOverview,
  type RuleRow,
  type Run,
} from "../../lib/retention"

const COUNTRIES = { nl: "Nederland", be: "België" } as const

/** A page section: a heading, an optional line under it, then its content. */
function Section({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{title}</Heading>
        {subtitle ? (
          <Text size="small" className="text-ui-fg-subtle">
            {subtitle}
          </Text>
        ) : null}
      </div>
      {children}
    </Container>
  )
}

const Empty = ({ children }: { children: ReactNode }) => (
  <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
    {children}
  </Text>
)

/** A rule and its category names, as a run step names them. */
const RuleCell = ({ rule, category }: { rule: string; category: string }) => (
  <>
    {category}
    <Text size="xsmall" className="text-ui-fg-subtle">
      {rule}
    </Text>
  </>
)

/** The rules in force, read from the data map: what, how long, counted from when, and what then happens. */
function RulesTable({ rules }: { rules: RuleRow[] }) {
  if (!rules.length) return <Empty>Geen regels gevonden.</Empty>
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Wat</Table.HeaderCell>
          <Table.HeaderCell>Termijn</Table.HeaderCell>
          <Table.HeaderCell>Gerekend vanaf</Table.HeaderCell>
          <Table.HeaderCell>Daarna</Table.HeaderCell>
          <Table.HeaderCell>Land</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rules.map((rule) => (
          <Table.Row key={rule.id}>
            <Table.Cell className="max-w-lg whitespace-normal py-2">
              {rule.description.nl}
              {rule.categories.length ? (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {rule.categories.join(", ")}
                </Text>
              ) : null}
            </Table.Cell>
            <Table.Cell>{termLabel(rule)}</Table.Cell>
            <Table.Cell>{FROM_LABELS[rule.from] ?? rule.from}</Table.Cell>
            <Table.Cell>{ruleAction(rule)}</Table.Cell>
            <Table.Cell>{rule.country ? COUNTRIES[rule.country] : "—"}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** A dry run's answer: per rule what a real run would touch now. */
function PreviewResult({ preview, onClose }: { preview: Preview; onClose: () => void }) {
  return (
    <div className="flex flex-col gap-3 px-6 py-4">
      <div className="flex items-center justify-between">
        <Heading level="h3">Voorbeeld per {moment(preview.as_of)}</Heading>
        <Button size="small" variant="transparent" onClick={onClose}>
          Sluiten
        </Button>
      </div>
      <Alert variant="info">
        Niets is gewijzigd: dit is een proefrun. Zo zou een echte run op dit moment uitpakken.
      </Alert>
      {preview.steps.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Regel</Table.HeaderCell>
              <Table.HeaderCell>Actie</Table.HeaderCell>
              <Table.HeaderCell>Grens (ouder dan)</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Rijen</Table.HeaderCell>
              <Table.HeaderCell>Voorbeeld-id's</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {preview.steps.map((step) => (
              <Table.Row key={`${step.rule}:${step.category}:${step.action}`}>
                <Table.Cell className="py-2">
                  <RuleCell rule={step.rule} category={step.category} />
                </Table.Cell>
                <Table.Cell>{stepAction(step.action)}</Table.Cell>
                <Table.Cell>{moment(step.cutoff)}</Table.Cell>
                <Table.Cell className="text-right">{count(step.rows)}</Table.Cell>
                <Table.Cell title={step.samples.join(", ")}>{sampleList(step.samples)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          Niets is over zijn termijn: een run zou nu niets veranderen.
        </Text>
      )}
    </div>
  )
}

/** A run's steps: per rule and category how far it got, with the cursor a resumed run starts from. */
function RunSteps({ run }: { run: Run }) {
  return (
    <div className="flex flex-col gap-2 py-3">
      <Text size="small">
        Peilmoment {moment(run.as_of)} · klaar {run.finished_at ? moment(run.finished_at) : "nog niet"}
        {run.dry_run ? " · proefrun, niets is gewijzigd" : ""}
      </Text>
      {run.error ? (
        <Text size="small" className="whitespace-pre-wrap text-ui-fg-error">
          {run.error}
        </Text>
      ) : null}
      {run.steps.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Regel</Table.HeaderCell>
              <Table.HeaderCell>Actie</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Batches</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Rijen</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Fouten</Table.HeaderCell>
              <Table.HeaderCell>Cursor</Table.HeaderCell>
              <Table.HeaderCell>Voorbeeld-id's</Table.HeaderCell>
              <Table.HeaderCell>Klaar</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {run.steps.map((step) => (
              <Table.Row key={step.id}>
                <Table.Cell className="py-2">
                  <RuleCell rule={step.rule} category={step.category} />
                </Table.Cell>
                <Table.Cell>{stepAction(step.action)}</Table.Cell>
                <Table.Cell className="text-right">{count(step.batches)}</Table.Cell>
                <Table.Cell className="text-right">{count(step.rows)}</Table.Cell>
                <Table.Cell className="text-right">
                  {step.errors ? <Badge color="red">{count(step.errors)}</Badge> : 0}
                </Table.Cell>
                <Table.Cell className="max-w-[12rem] truncate" title={step.cursor ?? undefined}>
                  {step.cursor ?? "—"}
                </Table.Cell>
                <Table.Cell title={step.samples?.ids.join(", ")}>{sampleList(step.samples?.ids)}</Table.Cell>
                <Table.Cell>{moment(step.finished_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          Geen stappen vastgelegd.
        </Text>
      )}
    </div>
  )
}

/** The last runs, newest first; a row opens to show its steps. */
function RunsTable({ runs }: { runs: Run[] }) {
  const [open, setOpen] = useState<string | null>(null)
  if (!runs.length) return <Empty>Nog geen runs.</Empty>
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Gestart</Table.HeaderCell>
          <Table.HeaderCell>Aanleiding</Table.HeaderCell>
          <Table.HeaderCell>Soort</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Rijen</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {runs.map((run) => {
          const expanded = open === run.id
          const status = RUN_STATUS[run.status] ?? { label: run.status, color: "grey" as const }
          return (
            <Fragment key={run.id}>
              <Table.Row
                className="cursor-pointer"
                aria-expanded={expanded}
                onClick={() => setOpen(expanded ? null : run.id)}
              >
                <Table.Cell>{moment(run.started_at)}</Table.Cell>
                <Table.Cell>{TRIGGER_LABELS[run.trigger] ?? run.trigger}</Table.Cell>
                <Table.Cell>{run.dry_run ? <Badge color="grey">proefrun</Badge> : "echt"}</Table.Cell>
                <Table.Cell>
                  <Badge color={status.color}>{status.label}</Badge>
                </Table.Cell>
                <Table.Cell className="text-right">
                  {count(run.steps.reduce((sum, step) => sum + step.rows, 0))}
                </Table.Cell>
                <Table.Cell className="text-ui-fg-interactive">{expanded ? "Verbergen" : "Stappen"}</Table.Cell>
              </Table.Row>
              {expanded ? (
                <Table.Row className="hover:bg-ui-bg-base">
                  {/* A plain td: Table.Cell's props have no colSpan. */}
                  <td colSpan={6} className="px-6">
                    <RunSteps run={run} />
                  </td>
                </Table.Row>
              ) : null}
            </Fragment>
          )
        })}
      </Table.Body>
    </Table>
  )
}

/** Accounts warned before erasure for inactivity, and how each warning ended. */
function WarningsTable({ warnings }: { warnings: InactivityWarning[] }) {
  if (!warnings.length) return <Empty>Geen waarschuwingen.</Empty>
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Klant</Table.HeaderCell>
          <Table.HeaderCell>Laatste activiteit</Table.HeaderCell>
          <Table.HeaderCell>Gewaarschuwd</Table.HeaderCell>
          <Table.HeaderCell>Wissen na</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Afgehandeld</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {warnings.map((warning) => {
          const status = WARNING_STATUS[warning.status] ?? { label: warning.status, color: "grey" as const }
          return (
            <Table.Row key={warning.id}>
              <Table.Cell>
                {/* An erased customer has no page left to open. */}
                {warning.status === "erased" ? (
                  warning.customer_id
                ) : (
                  <a className="text-ui-fg-interactive" href={`/app/customers/${warning.customer_id}`}>
                    {warning.customer_id}
                  </a>
                )}
              </Table.Cell>
              <Table.Cell>{date(warning.last_activity_at)}</Table.Cell>
              <Table.Cell>{moment(warning.warned_at)}</Table.Cell>
              <Table.Cell>{date(warning.erase_after)}</Table.Cell>
              <Table.Cell>
                <Badge color={status.color}>{status.label}</Badge>
              </Table.Cell>
              <Table.Cell>{moment(warning.resolved_at)}</Table.Cell>
            </Table.Row>
          )
        })}
      </Table.Body>
    </Table>
  )
}

/**
 * Retention: the terms of the data map, when they are next applied, a dry run, a run on demand and what past runs did.
 */
const RetentionPage = () => {
  const prompt = usePrompt()
  const [data, setData] = useState<RetentionOverview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [actionError, setActionError] = useState<string | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [pending, setPending] = useState<"preview" | "run" | null>(null)

  const load = useCallback(
    () =>
      fetchRetention()
        .then((overview) => (setData(overview), setError(null)))
        .catch((e: Error) => setError(e.message)),
    [],
  )
  useEffect(() => void load(), [load])

  // While a run works in the background, follow it; the interval ends when the backend reports it done.
  const busy = Boolean(data?.running)
  useEffect(() => {
    if (!busy) return
    const timer = setInterval(() => void load(), 2000)
    return () => clearInterval(timer)
  }, [busy, load])

  const act = async (kind: "preview" | "run", work: () => Promise<unknown>) => {
    setPending(kind)
    setActionError(null)
    try {
      await work()
    } catch (e) {
      setActionError((e as Error).message)
    } finally {
      setPending(null)
      await load()
    }
  }

  const runPreview = () => act("preview", async () => setPreview(await previewRetention()))

  const runNow = async () => {
    const confirmed = await prompt({
      title: "Bewaartermijnen nu toepassen?",
      description:
        "Alles wat over zijn termijn is, wordt nu verwijderd of geanonimiseerd. Dit is niet terug te draaien. Bekijk eerst het voorbeeld als je twijfelt.",
      confirmText: "Nu uitvoeren",
      cancelText: "Annuleren",
    })
    if (!confirmed) return
    setPreview(null)
    await act("run", startRetentionRun)
  }

  if (!data) {
    return (
      <Container>
        <Heading level="h2">Bewaartermijnen</Heading>
        {error ? (
          <Text className="py-4 text-ui-fg-error">{error}</Text>
        ) : (
          <Text className="py-4 text-ui-fg-subtle">Laden…</Text>
        )}
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-1 px-6 py-4">
          <Heading level="h2">Bewaartermijnen</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Persoonsgegevens worden verwijderd of geanonimiseerd zodra hun termijn uit het gegevensoverzicht afloopt;
            facturen pas na hun wettelijke bewaartermijn.
          </Text>
        </div>
        {error ? <Text className="px-6 py-4 text-ui-fg-error">{error}</Text> : null}
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <div className="flex flex-wrap items-center gap-2">
            <Text weight="plus">Volgende run:</Text>
            <Text>{data.next_run ? moment(data.next_run) : "niet gepland"}</Text>
            <Text size="small" className="text-ui-fg-subtle">
              (Amsterdamse tijd; cron „{data.schedule}”)
            </Text>
            {data.running ? (
              <Badge color="blue">
                Bezig sinds {moment(data.running.started_at)} ·{" "}
                {TRIGGER_LABELS[data.running.trigger] ?? data.running.trigger}
                {data.running.dry_run ? " · proefrun" : ""}
              </Badge>
            ) : null}
          </div>
          <div className="flex gap-2">
            <Button
              size="small"
              variant="secondary"
              disabled={busy || pending !== null}
              isLoading={pending === "preview"}
              onClick={runPreview}
            >
              Voorbeeld
            </Button>
            <Button
              size="small"
              variant="danger"
              disabled={busy || pending !== null}
              isLoading={pending === "run"}
              onClick={runNow}
            >
              Nu uitvoeren
            </Button>
          </div>
        </div>
        {actionError ? (
          <div className="px-6 py-4">
            <Alert key={actionError} variant="error" dismissible>
              {actionError}
            </Alert>
          </div>
        ) : null}
        {preview ? <PreviewResult preview={preview} onClose={() => setPreview(null)} /> : null}
      </Container>
      <Section title="Regels" subtitle="Uit het gegevensoverzicht; een run past ze allemaal toe.">
        <RulesTable rules={data.rules} />
      </Section>
      <Section title="Laatste runs" subtitle="De laatste 20, nieuwste eerst. Klik op een run voor zijn stappen.">
        <RunsTable runs={data.runs} />
      </Section>
      <Section
        title="Waarschuwingen inactieve accounts"
        subtitle="De laatste 50: wie niet inlogt of bestelt, wordt na de wachttijd gewist."
      >
        <WarningsTable warnings={data.warnings} />
      </Section>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Bewaartermijnen", icon: Clock })

export default withPermission("retention", RetentionPage)
