import { type Locale, formatDocumentDate } from "@helder/contract"

/**
 * The withdrawal statement as the shopper confirms it, in the words of the EU model form (Annex I(B), Directive
 * 2011/83).
 */
export function withdrawalStatement(
  locale: Locale,
  {
    seller,
    name,
    email,
    orderNumber,
    orderedOn,
    items,
  }: { seller: string; name: string; email: string; orderNumber: string; orderedOn: string; items: string },
): string {
  const date = formatDocumentDate(orderedOn, locale)
  return locale === "nl"
    ? `Aan ${seller}:\nHierbij deel ik u mede dat ik onze overeenkomst betreffende de verkoop van de volgende goederen herroep:\n${items}\nBesteld op ${date}, bestelling #${orderNumber}.\nNaam: ${name}\nE-mailadres: ${email}`
    : `To ${seller}:\nI hereby give notice that I withdraw from my contract of sale of the following goods:\n${items}\nOrdered on ${date}, order #${orderNumber}.\nName: ${name}\nE-mail address: ${email}`
}
