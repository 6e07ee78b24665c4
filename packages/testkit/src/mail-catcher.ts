import { createHash } from "node:crypto"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import PostalMime from "postal-mime"
import { SMTPServer } from "smtp-server"

/** A mail as the catcher received it over SMTP, parsed. */
export interface CaughtMail {
  from: string
  to: string[]
  subject: string
  text: string
  html: string
  /** Each attachment with the SHA-256 (hex) of its bytes, to compare with what the shop stored. */
  attachments: { filename: string; mimeType: string; size: number; sha256: string }[]
  receivedAt: string
}

/** A running SMTP receiver; `smtpUrl` goes into the backend's SMTP_URL. */
export interface MailCatcher {
  smtpUrl: string
  /** Base URL of the JSON view (`GET /messages`), for tests in another process; null when not started. */
  httpUrl: string | null
  messages(): CaughtMail[]
  /** Resolves with the first mail (old or new) matching the predicate, or rejects after the timeout. */
  waitFor(predicate: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>
  stop(): Promise<void>
}

/**
 * Starts a real SMTP server on localhost that accepts every message and keeps it parsed in memory.
 * With `http: true` it also serves the messages as JSON for browser tests running in another process.
 */
export async function startMailCatcher({
  port = 0,
  http = false,
}: { port?: number; http?: boolean } = {}): Promise<MailCatcher> {
  const mails: CaughtMail[] = []
  const waiters = new Set<() => void>()
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on("data", (chunk: Buffer) => chunks.push(chunk))
      stream.on("end", () => {
        PostalMime.parse(Buffer.concat(chunks))
          .then((parsed) => {
            mails.push({
              from: parsed.from?.address ?? "",
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: parsed.html ?? "",
              attachments: parsed.attachments.map((a) => {
                const bytes =
                  typeof a.content === "string" ? Buffer.from(a.content) : Buffer.from(new Uint8Array(a.content))
                return {
                  filename: a.filename ?? "",
                  mimeType: a.mimeType,
                  size: bytes.length,
                  sha256: createHash("sha256").update(bytes).digest("hex"),
                }
              }),
              receivedAt: new Date().toISOString(),
            })
            waiters.forEach((wake) => wake())
            callback()
          })
          .catch(callback)
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(port, "127.0.0.1", resolve))
  const smtpPort = (smtp.server.address() as AddressInfo).port

  let httpServer: Server | null = null
  if (http) {
    httpServer = createServer((req, res) => {
      res.setHeader("content-type", "application/json")
      res.end(JSON.stringify(req.url === "/messages" ? mails : { error: "GET /messages" }))
    })
    await new Promise<void>((resolve) => httpServer?.listen(0, "127.0.0.1", resolve))
  }

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    httpUrl: httpServer ? `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}` : null,
    messages: () => [...mails],
    waitFor(predicate, timeoutMs = 15000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = mails.find(predicate)
          if (!found) return false
          waiters.delete(check)
          clearTimeout(timer)
          resolve(found)
          return true
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`no matching mail within ${timeoutMs} ms (received ${mails.length})`))
        }, timeoutMs)
        if (!check()) waiters.add(check)
      })
    },
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()))
      if (httpServer) await new Promise<void>((resolve) => httpServer?.close(() => resolve()))
    },
  }
}

/** The first link in a mail's text that starts with the given prefix. */
export function linkIn(mail: CaughtMail, prefix: string): string {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  const match = mail.text.match(new RegExp(`${escaped}[^\\s<>"]*`))
  if (!match) throw new Error(`no link starting with ${prefix} in "${mail.subject}"`)
  return match[0]
}
