import { defineRouteConfig } from "@medusajs/admin-sdk"
import { withPermission } from "../../lib/role-gate"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

type Report = {
  days: number
  daily: { day: string; page_views: number; visits: number }[]
  top_products: { product_id: string; title: string | null; views: number }[]
  funnel: { step: string; visits: number }[]
}

const STEPS: Record<string, string> = {
  product_view: "Product bekeken",
  add_to_cart: "In winkelwagen",
  begin_checkout: "Afrekenen begonnen",
  purchase: "Besteld",
}

/** Horizontal bars, one per row, scaled to the largest value: enough for a few dozen numbers. */
function Bars({ rows, label }: { rows: { name: string; value: number }[]; label: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value))
  const height = 22
  return (
    <svg
      role="img"
      aria-label={label}
      width="100%"
      height={rows.length * height + 4}
      viewBox={`0 0 600 ${rows.length * height + 4}`}
      preserveAspectRatio="none"
    >
      {rows.map((row, i) => (
        <g key={row.name} transform={`translate(0 ${i * height})`}>
          <text x="0" y="15" fontSize="12" fill="currentColor">
            {row.name}
          </text>
          <rect x="170" y="3" height="15" width={(row.value / max) * 380} rx="2" className="fill-ui-fg-interactive" />
          <text x={176 + (row.value / max) * 380} y="15" fontSize="12" fill="currentColor">
            {row.value}
          </text>
        </g>
      ))}
    </svg>
  )
}

/**
 * First-party statistics, only from visitors who consented to analytics: page views and visits per day,
 * the most viewed products and the funnel. A visit is a day's random key; no person is counted.
 */
const AnalyticsPage = () => {
  const [days, setDays] = useState("30")
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    fetch(`/admin/analytics?days=${days}`, { credentials: "include" })
      .then(async (response) => {
        const body = await response.json()
        if (!response.ok) throw new Error(body.message ?? `Could not load statistics (${response.status})`)
        setReport(body)
        setError(null)
      })
      .catch((e: Error) => setError(e.message))
  }, [days])

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Statistieken</Heading>
        <Select value={days} onValueChange={setDays}>
          <Select.Trigger className="w-40">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="7">7 dagen</Select.Item>
            <Select.Item value="30">30 dagen</Select.Item>
            <Select.Item value="90">90 dagen</Select.Item>
            <Select.Item value="395">13 maanden</Select.Item>
          </Select.Content>
        </Select>
      </div>
      <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
        Alleen bezoekers die toestemming gaven voor statistieken. Een bezoek is een willekeurige sleutel per dag:
        personen worden niet geteld.
      </Text>
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{error}</Text> : null}
      {report ? (
        <>
          <div className="px-6 py-4">
            <Heading level="h3">Paginaweergaven per dag</Heading>
            {report.daily.length ? (
              <Bars
                label="Paginaweergaven per dag"
                rows={report.daily.map((d) => ({ name: `${d.day} (${d.visits} bezoeken)`, value: d.page_views }))}
              />
            ) : (
              <Text size="small">Nog geen gegevens in deze periode.</Text>
            )}
          </div>
          <div className="px-6 py-4">
            <Heading level="h3">Trechter</Heading>
            <Bars
              label="Trechter"
              rows={report.funnel.map((s) => ({ name: STEPS[s.step] ?? s.step, value: s.visits }))}
            />
          </div>
          <div className="px-6 py-4">
            <Heading level="h3">Meest bekeken producten</Heading>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Product</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Weergaven</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {report.top_products.map((p) => (
                  <Table.Row key={p.product_id}>
                    <Table.Cell>{p.title ?? p.product_id}</Table.Cell>
                    <Table.Cell className="text-right">{p.views}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      ) : null}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Statistieken", icon: ChartBar })

export default withPermission("analytics", AnalyticsPage)
