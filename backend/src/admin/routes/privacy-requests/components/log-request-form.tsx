import { Button, Input, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { adminCall, KIND_LABELS } from "../../../lib/privacy"

/** Staff log a request that came by letter, phone or e-mail. */
export function LogRequestForm({ onLogged }: { onLogged: () => void }) {
  const [kind, setKind] = useState("export")
  const [email, setEmail] = useState("")
  const [receivedOn, setReceivedOn] = useState(new Date().toISOString().slice(0, 10))
  const [details, setDetails] = useState("")
  const [error, setError] = useState<string | null>(null)
  const submit = async () => {
    try {
      await adminCall("/admin/privacy-requests", {
        method: "POST",
        body: { kind, email, received_on: receivedOn, ...(details ? { details } : {}) },
      })
      setEmail("")
      setDetails("")
      setError(null)
      onLogged()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <div className="flex flex-wrap items-end gap-2 px-6 py-4">
      <Select value={kind} onValueChange={setKind}>
        <Select.Trigger className="w-44">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <Select.Item key={value} value={value}>
              {label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
      <Input className="w-64" placeholder="E-mailadres" value={email} onChange={(e) => setEmail(e.target.value)} />
      <Input
        className="w-40"
        type="date"
        value={receivedOn}
        onChange={(e) => setReceivedOn(e.target.value)}
        aria-label="Ontvangen op"
      />
      <Input
        className="w-72"
        placeholder="Notitie (bijv. brief van 13 nov.)"
        value={details}
        onChange={(e) => setDetails(e.target.value)}
      />
      <Button size="small" onClick={submit}>
        Verzoek vastleggen
      </Button>
      {error ? <Text className="w-full text-ui-fg-error">{error}</Text> : null}
    </div>
  )
}
