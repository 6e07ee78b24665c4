import { z } from "zod"

import { SHOP_INFO_PATHS } from "./shop-info-paths"

export { SHOP_INFO_PATHS }

export type TermsLocale = "nl" | "en"

/** The seller the terms name: the same SELLER_* settings that print on invoices. */
export type TermsSeller = { name: string; address: string; email: string; kvk: string; vat: string }

/**
 * One article of the general terms. Text may hold `{name}`, `{address}`, `{email}`, `{kvk}`, `{vat}` and links
 * `[words](/path)`.
 */
export type TermsSection = { title: string; paragraphs: string[] }

/** One published edition of the general terms. */
export type TermsEdition = {
  /** The version id stored with each order placed under it. */
  id: string
  /** The day it applies from (Europe/Amsterdam), ISO date. */
  effective: string
  sections: Record<TermsLocale, TermsSection[]>
}

/** Every edition of the general terms, oldest first. An order keeps the one it was placed under. */
export const TERMS_EDITIONS: TermsEdition[] = [
  {
    id: "2026-12-07",
    effective: "2026-12-07",
    sections: {
      nl: [
        {
          title: "1. Wie wij zijn",
          paragraphs: [
            "Deze algemene voorwaarden zijn van {name}, {address}, e-mail {email}, KvK-nummer {kvk}, btw-nummer {vat} (hierna: wij). Je bereikt ons ook via het [contactformulier](/nl/contact); we antwoorden binnen twee werkdagen.",
          ],
        },
        {
          title: "2. Wanneer deze voorwaarden gelden",
          paragraphs: [
            "Ze gelden voor elk aanbod in onze webwinkel en elke bestelling die je als consument bij ons plaatst, in Nederland en België. Bij elke bestelling bewaren we de versie die je bij het bestellen te zien kreeg, en je krijgt die als bijlage bij de bevestigingsmail. Niets in deze voorwaarden neemt je rechten als consument af; waar de wet je meer geeft, geldt de wet.",
          ],
        },
        {
          title: "3. Ons aanbod",
          paragraphs: [
            "We beschrijven elk product zo volledig en juist mogelijk, met zijn energielabel en productinformatieblad waar de wet dat vraagt, en de veiligheidsinformatie van de fabrikant. Foto's tonen het product zoals het is; kleuren kunnen op je scherm iets afwijken. Een kennelijke vergissing in het aanbod (zoals een prijs van € 0,50 voor een hanglamp) bindt ons niet. Ons aanbod geldt zolang de voorraad strekt; wat niet op voorraad is, kun je niet bestellen.",
          ],
        },
        {
          title: "4. Prijzen",
          paragraphs: [
            "Alle prijzen zijn in euro en inclusief 21% btw. De bezorgkosten zie je per bezorgoptie vóór je bestelt, en het totaal dat je betaalt staat direct boven de bestelknop. De prijs die je bij het bestellen ziet, is de prijs die je betaalt. Tonen we een korting, dan noemen we als eerdere prijs de laagste prijs van de 30 dagen vóór de korting.",
          ],
        },
        {
          title: "5. Bestellen",
          paragraphs: [
            "Je bestelt door je gegevens in te vullen, een bezorg- en betaalwijze te kiezen en op de knop 'Bestelling met betalingsverplichting' te drukken. Op dat moment komt de koopovereenkomst tot stand. Vlak daarboven zie je nog eens wat je koopt, de levertermijn, je herroepingsrecht, de wettelijke garantie, deze voorwaarden en het totaalbedrag. Je krijgt direct een bevestigingsmail met je factuur en deze voorwaarden; wij bewaren de overeenkomst en je kunt haar inzien via de persoonlijke link in die mail.",
          ],
        },
        {
          title: "6. Betalen",
          paragraphs: [
            "Je betaalt bij het bestellen met een van de betaalwijzen die de kassa toont. Mislukt de betaling, dan plaatsen we de bestelling niet. We rekenen geen kosten voor een betaalwijze.",
          ],
        },
        {
          title: "7. Levering en levertermijn",
          paragraphs: [
            "We bezorgen in Nederland en België, of je haalt je bestelling gratis op in onze winkel in Apeldoorn. We versturen binnen 1 werkdag; de bezorger brengt je pakket meestal binnen 1–3 werkdagen, en in elk geval uiterlijk 30 dagen na je bestelling. Lukt dat niet, dan laten we het je weten en mag je de overeenkomst kosteloos ontbinden; wat je al betaalde krijg je dan binnen 14 dagen terug. Het risico van verlies of beschadiging gaat pas op jou over als jij (of iemand die jij aanwijst) het pakket ontvangt. Meer over bezorgopties en kosten: [Levering](/nl/levering).",
          ],
        },
        {
          title: "8. Herroepingsrecht: 14 dagen bedenktijd",
          paragraphs: [
            "Je mag de koop tot 14 dagen nadat jij (of iemand die jij aanwijst) alles hebt ontvangen zonder opgave van reden herroepen. Dat kan met de knop 'Herroepen' bij je bestelling of achter de link in je bevestigingsmail, via [Hier de overeenkomst herroepen](/nl/withdraw), met het [modelformulier voor herroeping](/nl/withdrawal-form) of met een e-mail aan {email}. Je krijgt direct een ontvangstbevestiging.",
            "Stuur de artikelen binnen 14 dagen na je herroeping terug. Binnen 14 dagen na je herroeping betalen we alles terug wat je betaalde, inclusief de standaard bezorgkosten, met dezelfde betaalwijze; we mogen wachten tot we de artikelen terug hebben of je laat zien dat je ze hebt teruggestuurd. Ga zorgvuldig met het product om: je mag het uitpakken en bekijken zoals in een winkel. Is het product door meer dan dat in waarde gedaald, dan mogen we die waardevermindering in rekening brengen.",
          ],
        },
        {
          title: "9. Kosten van terugsturen",
          paragraphs: [
            "Herroep je, dan betaal je zelf de rechtstreekse kosten van het terugsturen. Is het product kapot, niet wat je bestelde of voldoet het anders niet aan de overeenkomst, dan betalen wij het terugsturen. Hoe je terugstuurt: [Retourneren](/nl/retourneren).",
          ],
        },
        {
          title: "10. Wettelijke garantie",
          paragraphs: [
            "Een product moet bij levering aan de overeenkomst beantwoorden: het moet de eigenschappen hebben die je op grond van de beschrijving mag verwachten en geschikt zijn voor normaal gebruik (art. 7:17 BW; in België art. 1649bis e.v. oud BW). Daarvoor zijn wij als verkoper verantwoordelijk, minstens 2 jaar na levering (Richtlijn (EU) 2019/771); in Nederland ook daarna, zolang je redelijkerwijs mag verwachten dat het product werkt. Voldoet het niet, dan heb je recht op kosteloos herstel of vervanging, en als dat niet lukt of te lang duurt op prijsverlaging of ontbinding. Een gebrek dat binnen een jaar na levering blijkt, wordt vermoed er bij levering al te zijn geweest (in België binnen twee jaar). Een garantie van een fabrikant komt bovenop deze rechten en neemt ze nooit weg. Meer: [Garantie](/nl/garantie).",
          ],
        },
        {
          title: "11. Klachten",
          paragraphs: [
            "Meld een klacht zo snel mogelijk nadat je een gebrek hebt ontdekt, via het contactformulier of {email}, met je bestelnummer en een korte beschrijving (en zo mogelijk een foto). We bevestigen je klacht binnen twee werkdagen en geven binnen 14 dagen een inhoudelijk antwoord. Komen we er samen niet uit, dan kun je naar de rechter; een Belgische consument ook naar de Consumentenombudsdienst.",
          ],
        },
        {
          title: "12. Privacy",
          paragraphs: [
            "We gebruiken je gegevens alleen om je bestelling af te handelen en zoals ons [privacybeleid](/nl/privacy) beschrijft.",
          ],
        },
        {
          title: "13. Toepasselijk recht",
          paragraphs: [
            "Op elke overeenkomst met ons is Nederlands recht van toepassing. Woon je in België, dan houd je de bescherming van de dwingende regels van het Belgische recht. Een geschil leggen we voor aan de bevoegde rechter; als consument mag je ook naar de rechter van je eigen woonplaats.",
          ],
        },
      ],
      en: [
        {
          title: "1. Who we are",
          paragraphs: [
            "These general terms are those of {name}, {address}, e-mail {email}, Chamber of Commerce number {kvk}, VAT number {vat} (we, us). You can also reach us through the [contact form](/en/contact); we answer within two working days.",
          ],
        },
        {
          title: "2. When these terms apply",
          paragraphs: [
            "They apply to every offer in our web shop and every order you place with us as a consumer, in the Netherlands and Belgium. With every order we keep the version you were shown when ordering, and you get it attached to the confirmation mail. Nothing in these terms takes away your rights as a consumer; where the law gives you more, the law applies.",
          ],
        },
        {
          title: "3. Our offer",
          paragraphs: [
            "We describe every product as fully and accurately as we can, with its energy label and product information sheet where the law asks for them, and the manufacturer's safety information. Pictures show the product as it is; colours may look slightly different on your screen. An obvious mistake in the offer (such as a price of € 0.50 for a pendant lamp) does not bind us. Our offer holds while stock lasts; what is not in stock cannot be ordered.",
          ],
        },
        {
          title: "4. Prices",
          paragraphs: [
            "All prices are in euros and include 21% VAT. You see the delivery costs of each delivery option before you order, and the total you pay stands right above the order button. The price you see when you order is the price you pay. When we show a reduction, the earlier price we name is the lowest price of the 30 days before the reduction.",
          ],
        },
        {
          title: "5. Ordering",
          paragraphs: [
            "You order by filling in your details, choosing a delivery and a payment method and pressing the button 'Order with obligation to pay'. At that moment the contract of sale is made. Right above the button you see once more what you buy, the delivery term, your right of withdrawal, the legal guarantee, these terms and the total. You get a confirmation mail at once with your invoice and these terms; we keep the contract and you can look it up through the personal link in that mail.",
          ],
        },
        {
          title: "6. Payment",
          paragraphs: [
            "You pay when you order with one of the payment methods the checkout shows. If the payment fails, the order is not placed. We charge nothing for a payment method.",
          ],
        },
        {
          title: "7. Delivery and delivery term",
          paragraphs: [
            "We deliver in the Netherlands and Belgium, or you collect your order free of charge in our shop in Apeldoorn. We ship within 1 working day; the carrier usually delivers within 1–3 working days, and in any case at the latest 30 days after your order. If we cannot, we tell you and you may terminate the contract at no cost; you then get back what you paid within 14 days. The risk of loss or damage passes to you only when you (or someone you name) receive the parcel. More on delivery options and costs: [Delivery](/en/delivery).",
          ],
        },
        {
          title: "8. Right of withdrawal: 14 days to change your mind",
          paragraphs: [
            "You may withdraw from the purchase without giving a reason until 14 days after you (or someone you name) have received everything. You can do so with the 'Withdraw' button on your order or behind the link in your confirmation mail, through [Withdraw from contract here](/en/withdraw), with the [model withdrawal form](/en/withdrawal-form) or by e-mail to {email}. You get an acknowledgement at once.",
            "Send the items back within 14 days after your withdrawal. Within 14 days after your withdrawal we refund everything you paid, including the standard delivery costs, by the same payment method; we may wait until we have the items back or you show us you have sent them. Handle the product with care: you may unpack and inspect it as you would in a shop. If its value has diminished through more than that, we may charge the diminished value.",
          ],
        },
        {
          title: "9. Cost of returning",
          paragraphs: [
            "If you withdraw, you bear the direct cost of returning the goods. If the product is broken, not what you ordered or otherwise not in conformity with the contract, we pay for the return. How to return: [Returns](/en/returns).",
          ],
        },
        {
          title: "10. Legal guarantee",
          paragraphs: [
            "A product must conform to the contract when delivered: it must have the qualities you may expect from its description and be fit for normal use (art. 7:17 Dutch Civil Code; in Belgium art. 1649bis ff. of the old Civil Code). We, the seller, are responsible for that for at least 2 years after delivery (Directive (EU) 2019/771); in the Netherlands also after that, as long as you may reasonably expect the product to work. If it does not conform, you are entitled to free repair or replacement, and if that fails or takes too long, to a price reduction or termination. A defect that appears within one year of delivery is presumed to have existed at delivery (in Belgium within two years). A manufacturer's guarantee comes on top of these rights and never takes them away. More: [Guarantee](/en/guarantee).",
          ],
        },
        {
          title: "11. Complaints",
          paragraphs: [
            "Report a complaint as soon as possible after you discover a defect, through the contact form or {email}, with your order number and a short description (and a picture if you can). We confirm your complaint within two working days and answer it in substance within 14 days. If we cannot settle it together, you may go to court; a Belgian consumer may also turn to the Consumer Mediation Service (Consumentenombudsdienst).",
          ],
        },
        {
          title: "12. Privacy",
          paragraphs: [
            "We use your data only to handle your order and as our [privacy policy](/en/privacy) describes.",
          ],
        },
        {
          title: "13. Applicable law",
          paragraphs: [
            "Dutch law applies to every contract with us. If you live in Belgium, you keep the protection of the mandatory rules of Belgian law. A dispute goes to the competent court; as a consumer you may also go to the court of the place where you live.",
          ],
        },
      ],
    },
  },
]

/** The edition in force on a day (ISO date or Date): the newest that is effective by then. */
export function termsEditionOn(at: Date | string = new Date()): TermsEdition {
  const day =
    typeof at === "string" ? at.slice(0, 10) : at.toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" })
  const inForce = TERMS_EDITIONS.filter((edition) => edition.effective <= day)
  return inForce[inForce.length - 1] ?? TERMS_EDITIONS[0]!
}

/** The edition with this version id, if the shop ever published it. */
export function termsEdition(id: string): TermsEdition | undefined {
  return TERMS_EDITIONS.find((edition) => edition.id === id)
}

/** A terms version the shop has published: what a checkout may send and an order may keep. */
export const termsVersionSchema = z.enum(TERMS_EDITIONS.map((edition) => edition.id) as [string, ...string[]])

/** One piece of a terms paragraph: plain text or a link to one of the shop's own paths. */
export type TermsPart = { text: string; href?: string }

const LINK = /\[([^\]]+)\]\((\/[^)\s]*)\)/g

/** A paragraph with the seller filled in, split into text and links. */
export function termsParagraphParts(paragraph: string, seller: TermsSeller): TermsPart[] {
  const filled = paragraph.replace(/\{(name|address|email|kvk|vat)\}/g, (_, key: keyof TermsSeller) => seller[key])
  const parts: TermsPart[] = []
  let last = 0
  for (const match of filled.matchAll(LINK)) {
    if (match.index > last) parts.push({ text: filled.slice(last, match.index) })
    parts.push({ text: match[1]!, href: match[2]! })
    last = match.index + match[0].length
  }
  if (last < filled.length) parts.push({ text: filled.slice(last) })
  return parts
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c)

/** The words each language uses around the articles. */
export const TERMS_HEADINGS = {
  nl: {
    title: "Algemene voorwaarden",
    version: (id: string, effective: string) => `Versie ${id}, geldig vanaf ${effective}`,
  },
  en: {
    title: "General terms and conditions",
    version: (id: string, effective: string) => `Version ${id}, in force from ${effective}`,
  },
} as const

/**
 * An edition as a standalone HTML document (the confirmation mail's attachment); links point into the shop at `origin`.
 */
export function termsHtml(edition: TermsEdition, locale: TermsLocale, seller: TermsSeller, origin: string): string {
  const words = TERMS_HEADINGS[locale]
  const body = edition.sections[locale]
    .map((section) => {
      const paragraphs = section.paragraphs.map((paragraph) => {
        const html = termsParagraphParts(paragraph, seller)
          .map((part) =>
            part.href
              ? `<a href="${escapeHtml(origin + part.href)}">${escapeHtml(part.text)}</a>`
              : escapeHtml(part.text),
          )
          .join("")
        return `<p>${html}</p>`
      })
      return `<h2>${escapeHtml(section.title)}</h2>${paragraphs.join("")}`
    })
    .join("")
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(words.title)} ${escapeHtml(edition.id)}</title></head><body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:46rem"><h1>${escapeHtml(words.title)}</h1><p data-terms-version="${escapeHtml(edition.id)}">${escapeHtml(words.version(edition.id, edition.effective))}</p>${body}</body></html>`
}
