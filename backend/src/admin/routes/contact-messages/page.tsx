import { defineRouteConfig } from "@medusajs/admin-sdk"
import { withPermission } from "../../lib/role-gate"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"

type ContactMessage = {
  id: string
  name: string
  email: string
  order_number: string | null
  message: string
  created_at: string
  due_at: string | null
  answered_at: string | null
  /** Open and past the two working days the contact page promises. */
  overdue: boolean
}

type Status = "open" | "overdue" | "answered" | "all"

/**
 * Contact-form messages: staff read them here, see which are past the two working days the contact
 * page promises ("Te laat"), and mark them answered (which starts the 6-month term).
 */
const ContactMessagesPage = () => {
  const [status, setStatus] = useState<Status>("open")
  const [messages, setMessages] = useState<ContactMessage[]>([])
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    const response = await fetch(`/admin/contact-messages?status=${status}&limit=100`, { credentials: "include" })
    if (!response.ok) return setError(`Could not load messages (${response.status})`)
    setError(null)
    setMessages(((await response.json()) as { contact_messages: ContactMessage[] }).contact_messages)
  }, [status])

  useEffect(() => {
    void load()
  }, [load])

  const answer = async (id: string) => {
    const response = await fetch(`/admin/contact-messages/${id}/answer`, { method: "POST", credentials: "include" })
    if (!response.ok) return setError(`Could not mark as answered (${response.status})`)
    await load()
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Contactberichten</Heading>
        <Select value={status} onValueChange={(value) => setStatus(value as Status)}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="open">Open</Select.Item>
            <Select.Item value="overdue">Te laat</Select.Item>
            <Select.Item value="answered">Beantwoord</Select.Item>
            <Select.Item value="all">Alle</Select.Item>
          </Select.Content>
        </Select>
      </div>
      {error ? <Text className="px-6 py-4 text-ui-fg-error">{error}</Text> : null}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Ontvangen</Table.HeaderCell>
            <Table.HeaderCell>Antwoord uiterlijk</Table.HeaderCell>
            <Table.HeaderCell>Van</Table.HeaderCell>
            <Table.HeaderCell>Bestelling</Table.HeaderCell>
            <Table.HeaderCell>Bericht</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {messages.map((message) => (
            <Table.Row key={message.id}>
              <Table.Cell>{new Date(message.created_at).toLocaleString("nl-NL")}</Table.Cell>
              <Table.Cell>
                {message.due_at ? new Date(message.due_at).toLocaleString("nl-NL") : "—"}
                {message.overdue ? (
                  <>
                    {" "}
                    <Badge color="red">Te laat</Badge>
                  </>
                ) : null}
              </Table.Cell>
              <Table.Cell>
                {message.name}
                <br />
                {message.email}
              </Table.Cell>
              <Table.Cell>{message.order_number ?? "—"}</Table.Cell>
              <Table.Cell className="max-w-md whitespace-pre-wrap">{message.message}</Table.Cell>
              <Table.Cell>
                {message.answered_at ? (
                  <Badge color="green">Beantwoord</Badge>
                ) : (
                  <Button size="small" variant="secondary" onClick={() => answer(message.id)}>
                    Markeer als beantwoord
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Contactberichten", icon: ChatBubbleLeftRight })

export default withPermission("contact", ContactMessagesPage)
