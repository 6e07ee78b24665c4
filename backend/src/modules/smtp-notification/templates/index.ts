import { ACCOUNT_MAILS } from "./account"
import { CONTACT_MAILS } from "./contact"
import { ORDER_MAILS } from "./orders"
import { PRIVACY_MAILS } from "./privacy"
import type { MailLocale, RenderedMail, Template } from "./template"

export { SIGNATURE, type MailLocale, type RenderedMail } from "./template"

/*
 * Promise markers. A paragraph of a mail that says what the shop does starts with the ids of the
 * promises it makes (the ledger in packages/privacy/src/promises.ts): `⟦P-a P-b⟧`. A paragraph that
 * only tells the reader what happened or what to do starts with `⟦⟧`. The marker leaves the text part
 * and becomes `data-promise` on the HTML paragraph; a test holds every paragraph of every mail to it
 * (the greeting, the signature and text the mail only carries, such as a statement, are exempt).
 */
const MARKER = /^⟦([^⟧]*)⟧/

/** One paragraph of a rendered mail: its text and the promises it makes (null: unmarked). */
export type MailParagraph = { text: string; promises: string[] | null }

/** Mail the shop sends, by template id, one file per family of mails. */
const templates: Record<string, Template> = { ...ACCOUNT_MAILS, ...CONTACT_MAILS, ...ORDER_MAILS, ...PRIVACY_MAILS }

/** The ids of every mail the shop can send. */
export const MAIL_TEMPLATES = Object.keys(templates)

/** Renders a template; unknown templates and missing data are errors, never an empty mail. */
export function renderMail(
  template: string,
  data: Record<string, unknown> | null | undefined,
): RenderedMail & { html: string; paragraphs: MailParagraph[] } {
  const render = templates[template]
  if (!render) throw new Error(`unknown mail template "${template}"`)
  const strings = Object.fromEntries(
    Object.entries(data ?? {}).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
  )
  const locale: MailLocale = strings.locale === "en" ? "en" : "nl"
  const { subject, text } = render(strings, locale)
  const paragraphs = mailParagraphs(text)
  return { subject, text: paragraphs.map((p) => p.text).join("\n\n"), html: toHtml(paragraphs, locale), paragraphs }
}

/** A mail's text split into paragraphs, each with the promises its marker names. */
function mailParagraphs(text: string): MailParagraph[] {
  return text.split("\n\n").map((block) => {
    const marker = block.match(MARKER)
    return marker
      ? { text: block.slice(marker[0].length), promises: marker[1]!.split(" ").filter(Boolean) }
      : { text: block, promises: null }
  })
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c)

function toHtml(blocks: MailParagraph[], locale: MailLocale): string {
  const paragraphs = blocks.map(({ text, promises }) => {
    const body = escape(text)
      .replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>')
      .replace(/\n/g, "<br>")
    return promises?.length ? `<p data-promise="${promises.join(" ")}">${body}</p>` : `<p>${body}</p>`
  })
  return `<!doctype html><html lang="${locale}"><body style="font-family:system-ui,sans-serif;line-height:1.5">${paragraphs.join("")}</body></html>`
}
