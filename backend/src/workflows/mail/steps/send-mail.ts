import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Locale } from "@helder/contract"

export type MailAttachment = { filename: string; content_type: string; /** base64 */ content: string }

export type SendMailInput = {
  to: string
  template: string
  locale: Locale
  data?: Record<string, string>
  /** Values the mail needs but the stored notification must not keep, such as a link with a token. */
  secrets?: Record<string, string>
  /** Files sent with the mail; the stored notification never keeps them. */
  attachments?: MailAttachment[]
  /** A mail with a key already sent is not sent again (a replayed event mails once). */
  idempotency_key?: string
}

type NotificationService = INotificationModuleService & {
  updateNotifications(data: { id: string; data: Record<string, unknown> }): Promise<unknown>
}

/**
 * Sends one mail through the notification module's e-mail channel, then removes the secrets from the
 * stored notification so a database reader cannot use a mailed link. Mail cannot be unsent.
 */
export const sendMailStep = createStep("send-mail", async (input: SendMailInput, { container }) => {
  // MedusaService generates updateNotifications at runtime; the module's public interface omits it.
  const notifications = container.resolve<NotificationService>(Modules.NOTIFICATION)
  const publicData = { ...input.data, locale: input.locale }
  const notification = await notifications.createNotifications({
    to: input.to,
    channel: "email",
    template: input.template,
    data: { ...publicData, ...input.secrets },
    ...(input.attachments ? { attachments: input.attachments } : {}),
    ...(input.idempotency_key ? { idempotency_key: input.idempotency_key } : {}),
  })
  // A repeated idempotency key sends nothing and returns nothing.
  if (!notification) return new StepResponse(null)
  if (input.secrets) {
    // Medusa merges JSON on update, so each secret is overwritten explicitly rather than left out.
    const blanked = Object.fromEntries(Object.keys(input.secrets).map((key) => [key, null]))
    await notifications.updateNotifications({ id: notification.id, data: { ...publicData, ...blanked } })
  }
  return new StepResponse(notification.id)
})
