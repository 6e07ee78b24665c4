import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { adminCall } from "./privacy"

type Address = Record<string, string | null> | null

const line = (a: Address) =>
  a
    ? [
        [a.first_name, a.last_name].filter(Boolean).join(" "),
        a.company,
        a.address_1,
        a.address_2,
        [a.postal_code, a.city].filter(Boolean).join(" "),
        a.country_code?.toUpperCase(),
        a.phone,
      ]
        .filter(Boolean)
        .join(", ")
    : "—"

/**
 * Personal data is masked in Medusa's customer and order views. Staff who need it (to ship, to answer a
 * question) give a reason and see it here; the reason and the moment go on the audit log first.
 */
export function RevealPersonalData({
  subjectType,
  subjectId,
}: {
  subjectType: "customer" | "order"
  subjectId: string
}) {
  const [reason, setReason] = useState("")
  const [data, setData] = useState<Record<string, unknown> | null>(null)
  const [error, setError] = useState<string | null>(null)
  const reveal = async () => {
    try {
      const body = await adminCall<Record<string, Record<string, unknown>>>("/admin/privacy/reveal", {
        method: "POST",
        body: { subject_type: subjectType, subject_id: subjectId, reason },
      })
      setData(body[subjectType] ?? null)
      setError(null)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Container className="flex flex-col gap-2 px-6 py-4">
      <Heading level="h2">Persoonsgegevens</Heading>
      {data ? (
        <div data-testid="revealed">
          <Text size="small">{String(data.email ?? "—")}</Text>
          {subjectType === "customer" ? (
            <>
              <Text size="small">
                {[data.first_name, data.last_name, data.company_name, data.phone].filter(Boolean).join(", ")}
              </Text>
              {((data.addresses as Address[]) ?? []).map((a, i) => (
                <Text key={i} size="small">
                  {line(a)}
                </Text>
              ))}
            </>
          ) : (
            <>
              <Text size="small">Bezorgen: {line(data.shipping_address as Address)}</Text>
              <Text size="small">Factuur: {line(data.billing_address as Address)}</Text>
            </>
          )}
        </div>
      ) : (
        <>
          <Text size="small" className="text-ui-fg-subtle">
            Afgeschermd. Geef aan waarom je ze nodig hebt; dat komt in het logboek.
          </Text>
          <div className="flex gap-2">
            <Input
              placeholder="Reden, bijv. pakket versturen"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <Button size="small" variant="secondary" onClick={reveal}>
              Tonen
            </Button>
          </div>
        </>
      )}
      {error ? (
        <Text size="small" className="text-ui-fg-error">
          {error}
        </Text>
      ) : null}
    </Container>
  )
}
