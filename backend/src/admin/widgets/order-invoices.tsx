import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { withPermission } from "../lib/role-gate"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { euros, fetchInvoices, KIND_LABELS, pdfHref, type InvoiceRow } from "../lib/invoices"

/** On an order's page: its invoice and credit notes, each a download of the PDF as issued. */
const OrderInvoicesWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const [rows, setRows] = useState<InvoiceRow[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    fetchInvoices({ order_id: order.id, limit: "100" })
      .then((page) => setRows([...page.invoices].reverse()))
      .catch((e: Error) => setError(e.message))
  }, [order.id])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Facturen</Heading>
      </div>
      <div className="px-6 py-4">
        {error ? <Text className="text-ui-fg-error">{error}</Text> : null}
        {rows?.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            Nog geen factuur uitgegeven.
          </Text>
        ) : null}
        {rows?.map((row) => (
          <div key={row.id} className="flex items-center justify-between py-1">
            <a className="text-ui-fg-interactive" href={pdfHref(row.id)}>
              {KIND_LABELS[row.kind]} {row.number}
            </a>
            <Text size="small">{euros(row.total, row.currency_code)}</Text>
          </div>
        ))}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default withPermission("invoices", OrderInvoicesWidget, { quiet: true })
