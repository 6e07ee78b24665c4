import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUpTray } from "@medusajs/icons"
import { Alert, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState, type ChangeEvent } from "react"
import { importCatalog, type ImportOutcome } from "../../lib/catalog-import"
import { withPermission } from "../../lib/role-gate"

/** The line errors of a refused file, in file order, so staff can walk their spreadsheet top to bottom. */
function LineErrors({ errors }: { errors: { line: number; message: string }[] }) {
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Regel</Table.HeaderCell>
          <Table.HeaderCell>Probleem</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {errors.map((error, index) => (
          <Table.Row key={index}>
            <Table.Cell>{error.line}</Table.Cell>
            <Table.Cell className="whitespace-normal py-2">{error.message}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** Upload a CSV file of products; the shop imports all of it or, with any bad line, nothing. */
function CatalogImportPage() {
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null)

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null)
    setOutcome(null)
  }
  const upload = async () => {
    if (!file) return
    setBusy(true)
    try {
      setOutcome(await importCatalog(await file.text()))
    } catch (error) {
      setOutcome({ ok: false, message: error instanceof Error ? error.message : String(error), errors: [] })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Assortiment importeren</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Een CSV-bestand met één regel per variant (kolommen: handle, title, sku, price_eur, stock, option1_title,
          option1_value en verder de verlichtings-, veiligheids- en energielabelgegevens). Producten worden op handle
          herkend en varianten op sku: hetzelfde bestand opnieuw importeren verandert niets. Is één regel fout, dan
          wordt niets geïmporteerd.
        </Text>
      </div>
      <div className="flex items-center gap-4 px-6 py-4">
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={choose}
          aria-label="CSV-bestand"
          data-testid="catalog-import-file"
        />
        <Button size="small" disabled={!file || busy} isLoading={busy} onClick={upload}>
          Importeren
        </Button>
      </div>
      {outcome?.ok ? (
        <div className="px-6 py-4">
          <Alert variant="success">
            {outcome.result.products} producten geïmporteerd ({outcome.result.created} nieuw, {outcome.result.updated}{" "}
            bijgewerkt), {outcome.result.variants} varianten, voorraad op {outcome.result.stock_levels} plaatsen gezet.
          </Alert>
        </div>
      ) : null}
      {outcome && !outcome.ok ? (
        <div>
          <div className="px-6 py-4">
            <Alert variant="error">{outcome.message}</Alert>
          </div>
          {outcome.errors.length ? <LineErrors errors={outcome.errors} /> : null}
        </div>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Assortiment importeren", icon: ArrowUpTray })

export default withPermission("catalog", CatalogImportPage)
