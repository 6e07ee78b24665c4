import { Badge, Table, Text } from "@medusajs/ui"
import { Fragment, useState } from "react"
import { count, moment, RUN_STATUS, sampleList, stepAction, TRIGGER_LABELS, type Run } from "../../../lib/retention"
import { RuleCell } from "./rule-cell"
import { Empty } from "./section"

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
export function RunsTable({ runs }: { runs: Run[] }) {
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
