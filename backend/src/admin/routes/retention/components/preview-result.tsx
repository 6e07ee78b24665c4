import { Alert, Button, Heading, Table, Text } from "@medusajs/ui"
import { count, moment, sampleList, stepAction, type Preview } from "../../../lib/retention"
import { RuleCell } from "./rule-cell"

/** A dry run's answer: per rule what a real run would touch now. */
export function PreviewResult({ preview, onClose }: { preview: Preview; onClose: () => void }) {
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
