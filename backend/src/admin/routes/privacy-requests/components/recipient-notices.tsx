import { Badge, Button, Text, Textarea } from "@medusajs/ui"
import { adminCall, day, type RecipientNotice } from "../../../lib/privacy"

/**
 * After an erasure, the recipients to inform (art. 19 AVG): each is marked as told or as not needed, with the
 * note typed here (the desk's own text box is gone once the request is closed, and notices exist only then).
 */
export function RecipientNotices({
  id,
  notices,
  text,
  onText,
  run,
}: {
  id: string
  notices: RecipientNotice[]
  text: string
  onText: (text: string) => void
  run: (work: () => Promise<unknown>) => Promise<void>
}) {
  return (
    <div>
      <Text size="small" weight="plus">
        Ontvangers informeren (art. 19 AVG)
      </Text>
      {notices.some((notice) => notice.state === "pending") ? (
        <Textarea
          placeholder="Notitie (hoe en wanneer gemeld); hij komt bij de ontvanger die je hierna markeert"
          value={text}
          onChange={(e) => onText(e.target.value)}
        />
      ) : null}
      {notices.map((notice) => (
        <div key={notice.id} className="flex items-center gap-2 py-1">
          <Text size="small" className="w-72">
            {notice.party}
          </Text>
          {notice.state === "pending" ? (
            <>
              <Button
                size="small"
                variant="secondary"
                onClick={() =>
                  run(() =>
                    adminCall(`/admin/privacy-requests/${id}/notices/${notice.id}`, {
                      method: "POST",
                      body: { state: "notified", ...(text ? { note: text } : {}) },
                    }),
                  )
                }
              >
                Gemeld
              </Button>
              <Button
                size="small"
                variant="transparent"
                onClick={() =>
                  run(() =>
                    adminCall(`/admin/privacy-requests/${id}/notices/${notice.id}`, {
                      method: "POST",
                      body: { state: "not_needed", ...(text ? { note: text } : {}) },
                    }),
                  )
                }
              >
                Niet nodig
              </Button>
            </>
          ) : (
            <Badge color={notice.state === "notified" ? "green" : "grey"}>
              {notice.state === "notified" ? `gemeld ${day(notice.notified_at)}` : "niet nodig"}
            </Badge>
          )}
        </div>
      ))}
    </div>
  )
}
