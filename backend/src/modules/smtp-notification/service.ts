import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import nodemailer, { type Transporter } from "nodemailer"
import { renderMail } from "./templates"

export type SmtpNotificationOptions = {
  /** smtp://user:pass@host:port; without it mail is written as .eml files to `mailDir`. */
  smtpUrl?: string
  mailDir?: string
  from: string
}

/**
 * Sends the shop's e-mail through SMTP (nodemailer). Without an SMTP server (the embedded default)
 * each mail is written as an .eml file so it stays readable. Never logs recipients or content.
 */
export default class SmtpNotificationProviderService extends AbstractNotificationProviderService {
  static identifier = "smtp"
  private readonly transport: Transporter
  private readonly options: SmtpNotificationOptions
  private readonly logger: Logger

  static validateOptions(options: Record<string, unknown>) {
    if (!options.smtpUrl && !options.mailDir) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "smtp notification provider needs smtpUrl or mailDir")
    }
  }

  constructor({ logger }: { logger: Logger }, options: SmtpNotificationOptions) {
    super()
    this.logger = logger
    this.options = options
    this.transport = options.smtpUrl
      ? nodemailer.createTransport(options.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" })
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const mail = renderMail(notification.template, notification.data)
    const info = await this.transport.sendMail({
      from: notification.from || this.options.from,
      to: notification.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: (notification.attachments ?? []).map((a) => ({
        filename: a.filename,
        content: Buffer.from(a.content, "base64"),
        contentType: a.content_type,
      })),
    })
    if (!this.options.smtpUrl && this.options.mailDir) {
      await mkdir(this.options.mailDir, { recursive: true })
      const file = path.join(
        this.options.mailDir,
        `${new Date().toISOString().replace(/[:.]/g, "-")}-${notification.template}.eml`,
      )
      await writeFile(file, info.message as Buffer)
    }
    this.logger.info(`mail sent: template ${notification.template}`)
    return { id: info.messageId }
  }
}
