import type { Locale } from "@helder/contract"

/** The languages a mail is written in. */
export type MailLocale = Locale

/** A rendered mail: the text part is the source, the HTML part is derived from it. */
export interface RenderedMail {
  subject: string
  text: string
}

/** A mail the shop sends: renders Dutch or English from its data. */
export type Template = (data: Record<string, string>, locale: MailLocale) => RenderedMail

/** How every mail to a shopper ends. */
export const SIGNATURE = {
  nl: "Hartelijke groet,\nHelder — verlichting uit Apeldoorn",
  en: "Kind regards,\nHelder — lighting from Apeldoorn",
}

/** A value the mail cannot go without: missing data is an error, never an empty mail. */
export function need(data: Record<string, string>, key: string): string {
  const value = data[key]
  if (!value) throw new Error(`mail data is missing "${key}"`)
  return value
}
