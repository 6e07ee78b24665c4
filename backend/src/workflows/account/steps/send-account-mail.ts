import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SendAccountMailInput = {
  to: string
  template: string
  locale: "nl" | "en"
  data?: Record<string, string>
  /** Values the mail needs but the stored notification must not keep, such as a link with a token. */
  secrets?: Record<string, string>
}

type NotificationService = INotificationModuleService & {
  updateNotifications(data: { id: string; data: Record<string, unknown> }): Promise<unknown>
}

/**
 * Sends one mail through the notification module's e-mail channel, then removes the secrets from the
 * stored notification so a database reader cannot use a mailed link. Mail cannot be unsent.
 */
export const sendAccountMailStep = createStep("send-account-mail", async (input: SendAccountMailInput, { container }) => {
  // MedusaService generates updateNotifications at runtime; the module's public interface omits it.
  const notifications = container.resolve<NotificationService>(Modules.NOTIFICATION)
  const publicData = { ...input.data, locale: input.locale }
  const notification = await notifications.createNotifications({
    to: input.to,
    channel: "email",
    template: input.template,
    data: { ...publicData, ...input.secrets },
  })
  if (input.secrets) await notifications.updateNotifications({ id: notification.id, data: publicData })
  return new StepResponse(notification.id)
})
