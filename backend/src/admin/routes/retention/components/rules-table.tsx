import { Table, Text } from "@medusajs/ui"
import { FROM_LABELS, ruleAction, termLabel, type RuleRow } from "../../../lib/retention"
import { Empty } from "./section"

const COUNTRIES = { nl: "Nederland", be: "België" } as const
/** The rules in force, read from the data map: what, how long, counted from when, and what then happens. */
export function RulesTable({ rules }: { rules: RuleRow[] }) {
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
