import { Badge, Table } from "@medusajs/ui"
import { date, moment, WARNING_STATUS, type InactivityWarning } from "../../../lib/retention"
import { Empty } from "./section"

/** Accounts warned before erasure for inactivity, and how each warning ended. */
export function WarningsTable({ warnings }: { warnings: InactivityWarning[] }) {
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
