import { defineRouteConfig } from "@medusajs/admin-sdk"
import { withPermission } from "../../lib/role-gate"
import { DocumentText } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { euros, fetchInvoices, KIND_LABELS, pdfHref, type InvoiceRow } from "../../lib/invoices"

const PAGE = 50
const NO_FILTERS = { kind: "all", number: "", country_code: "", from: "", to: "" }

/** Every invoice and credit note, newest first, with filters; each downloads as the PDF that was issued. */
const InvoicesPage = () => {
  const [filters, setFilters] = useState(NO_FILTERS)
  const [offset, setOffset] = useState(0)
  const [rows, setRows] = useState<InvoiceRow[]>([])
  const [count, setCount] = useState(0)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    fetchInvoices({ ...filters, limit: String(PAGE), offset: String(offset) })
      .then((page) => {
        setRows(page.invoices)
        setCount(page.count)
        setError(null)
      })
      .catch((e: Error) => setError(e.message))
  }, [filters, offset])

  const set = (key: keyof typeof NO_FILTERS) => (value: string) => {
    setOffset(0)
    setFilters((current) => ({ ...current, [key]: value }))
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Facturen en creditnota's</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {count} documenten
        </Text>
      </div>
      <div className="flex flex-wrap gap-2 px-6 py-4">
        <Select value={filters.kind} onValueChange={set("kind")}>
          <Select.Trigger className="w-40">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="all">Alle soorten</Select.Item>
            <Select.Item value="invoice">Facturen</Select.Item>
            <Select.Item value="credit_note">Creditnota's</Select.Item>
          </Select.Content>
        </Select>
        <Select
          value={filters.country_code || "all"}
          onValueChange={(value) => set("country_code")(value === "all" ? "" : value)}
        >
          <Select.Trigger className="w-40">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="all">Alle landen</Select.Item>
            <Select.Item value="nl">Nederland</Select.Item>
            <Select.Item value="be">België</Select.Item>
          </Select.Content>
        </Select>
        <Input
          className="w-48"
          placeholder="Nummer (2026-0001…)"
          value={filters.number}
          onChange={(e) => set("number")(e.target.value)}
        />
        <Input
          className="w-40"
          type="date"
          aria-label="Vanaf"
          value={filters.from}
          onChange={(e) => set("from")(e.target.value)}
        />
        <Input
          className="w-40"
          type="date"
          aria-label="Tot en met"
          value={filters.to}
          onChange={(e) => set("to")(e.target.value)}
        />
      </div>
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{error}</Text> : null}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Nummer</Table.HeaderCell>
            <Table.HeaderCell>Soort</Table.HeaderCell>
            <Table.HeaderCell>Datum</Table.HeaderCell>
            <Table.HeaderCell>Bestelling</Table.HeaderCell>
            <Table.HeaderCell>Land</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Totaal</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id}>
              <Table.Cell>{row.number}</Table.Cell>
              <Table.Cell>
                <Badge color={row.kind === "invoice" ? "blue" : "orange"}>{KIND_LABELS[row.kind]}</Badge>
                {row.corrects_number ? (
                  <Text size="small" className="text-ui-fg-subtle">
                    op {row.corrects_number}
                  </Text>
                ) : null}
              </Table.Cell>
              <Table.Cell>{new Date(row.issued_at).toLocaleDateString("nl-NL")}</Table.Cell>
              <Table.Cell>
                <a className="text-ui-fg-interactive" href={`/app/orders/${row.order_id}`}>
                  Bekijk
                </a>
              </Table.Cell>
              <Table.Cell>{row.country_code.toUpperCase()}</Table.Cell>
              <Table.Cell className="text-right">{euros(row.total, row.currency_code)}</Table.Cell>
              <Table.Cell>
                <a className="text-ui-fg-interactive" href={pdfHref(row.id)}>
                  PDF
                </a>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex items-center justify-end gap-2 px-6 py-4">
        <Button
          size="small"
          variant="secondary"
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - PAGE))}
        >
          Vorige
        </Button>
        <Button
          size="small"
          variant="secondary"
          disabled={offset + PAGE >= count}
          onClick={() => setOffset(offset + PAGE)}
        >
          Volgende
        </Button>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Facturen", icon: DocumentText })

export default withPermission("invoices", InvoicesPage)
