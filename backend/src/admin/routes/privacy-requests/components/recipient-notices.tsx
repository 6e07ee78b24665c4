import { Badge, Button, Text } from "@medusajs/ui"
import { adminCall, day, type RecipientNotice } from "../../../lib/privacy"

/** After an erasure, the recipients to inform (art. 19 AVG): each is marked as told or as not needed. */
export function RecipientNotices({
  id,
  notices,
  text,
  run,
}: {
  id: string
  notices: RecipientNotice[]
  text: string
  run: (work: () => Promise<unknown>) => Promise<void>
}) {
  return (
    <div>
      <Text size="small" weight="plus">
        Ontvangers informeren (art. 19 AVG)
      </Text>
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
