import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmtpNotificationProviderService from "./service"

/** Notification provider for the "email" channel: SMTP, or .eml files when no server is configured. */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpNotificationProviderService] })
