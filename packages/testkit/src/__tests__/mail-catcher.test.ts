import { createHash } from "node:crypto"
import nodemailer from "nodemailer"
import { linkIn, startMailCatcher } from "../mail-catcher"

describe("startMailCatcher", () => {
  it("receives a real SMTP message, parses it and serves it as JSON", async () => {
    const catcher = await startMailCatcher({ http: true })
    try {
      const transport = nodemailer.createTransport(catcher.smtpUrl)
      await transport.sendMail({
        from: "Helder <winkel@helder.local>",
        to: "Anna@Example.nl",
        subject: "Bevestig je e-mailadres",
        text: "Klik op http://localhost:8000/nl/account/verify?token=abc123 om te bevestigen.",
        attachments: [{ filename: "factuur.pdf", content: Buffer.from("%PDF-1.4 test") }],
      })
      const mail = await catcher.waitFor((m) => m.to.includes("anna@example.nl"))
      expect(mail.subject).toBe("Bevestig je e-mailadres")
      expect(linkIn(mail, "http://localhost:8000/nl/account/verify")).toBe(
        "http://localhost:8000/nl/account/verify?token=abc123",
      )
      const sha256 = createHash("sha256").update("%PDF-1.4 test").digest("hex")
      expect(mail.attachments).toEqual([{ filename: "factuur.pdf", mimeType: "application/pdf", size: 13, sha256 }])
      const served = await (await fetch(`${catcher.httpUrl}/messages`)).json()
      expect(served).toHaveLength(1)
    } finally {
      await catcher.stop()
    }
  })

  it("rejects waitFor when no mail matches in time", async () => {
    const catcher = await startMailCatcher()
    try {
      await expect(catcher.waitFor(() => true, 50)).rejects.toThrow(/no matching mail/)
    } finally {
      await catcher.stop()
    }
  })
})
