import { need, SIGNATURE, type Template } from "./template"

/** Mails about an order: confirmation and invoice, delivery, credit notes, returns and withdrawal. */
export const ORDER_MAILS: Record<string, Template> = {
  "order-confirmation": (data, locale) =>
    locale === "nl"
      ? {
          subject: `Je bestelling #${need(data, "order_number")} en factuur ${need(data, "invoice_number")}`,
          text: `Hallo ${need(data, "name")},\n\n⟦P-invoice-mailed⟧Bedankt voor je bestelling #${need(data, "order_number")}. In de bijlage vind je factuur ${need(data, "invoice_number")} (totaal ${need(data, "total")}) en de algemene voorwaarden waaronder je hebt besteld.\n\n⟦P-mail-links-expire⟧Je bestelling, je facturen, retourneren en herroepen — het staat allemaal achter deze persoonlijke link (${need(data, "link_days")} dagen geldig; met een account vind je het ook onder Mijn account):\n${need(data, "link")}\n\n⟦P-withdrawal-window⟧Je mag je aankoop tot 14 dagen na ontvangst zonder opgave van reden herroepen: gebruik de knop "Herroepen" achter de link hierboven.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: `Your order #${need(data, "order_number")} and invoice ${need(data, "invoice_number")}`,
          text: `Hello ${need(data, "name")},\n\n⟦P-invoice-mailed⟧Thank you for your order #${need(data, "order_number")}. Attached are invoice ${need(data, "invoice_number")} (total ${need(data, "total")}) and the general terms you ordered under.\n\n⟦P-mail-links-expire⟧Your order, your invoices, returns and withdrawal are all behind this personal link (valid for ${need(data, "link_days")} days; with an account you also find them under My account):\n${need(data, "link")}\n\n⟦P-withdrawal-window⟧You may withdraw from your purchase without giving a reason until 14 days after receiving it: use the "Withdraw" button behind the link above.\n\n${SIGNATURE.en}`,
        },
  "credit-note": (data, locale) =>
    locale === "nl"
      ? {
          subject: `Creditnota ${need(data, "credit_note_number")} bij bestelling #${need(data, "order_number")}`,
          text: `Hallo ${need(data, "name")},\n\n⟦P-invoice-mailed⟧In de bijlage vind je creditnota ${need(data, "credit_note_number")} op factuur ${need(data, "invoice_number")}: we betalen je ${need(data, "total")} terug of brengen het niet in rekening.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: `Credit note ${need(data, "credit_note_number")} for order #${need(data, "order_number")}`,
          text: `Hello ${need(data, "name")},\n\n⟦P-invoice-mailed⟧Attached is credit note ${need(data, "credit_note_number")} for invoice ${need(data, "invoice_number")}: we refund you ${need(data, "total")} or do not charge it.\n\n${SIGNATURE.en}`,
        },
  "order-delivered": (data, locale) =>
    locale === "nl"
      ? {
          subject: `Je bestelling #${need(data, "order_number")} is bezorgd`,
          text: `Hallo,\n\n⟦⟧Je bestelling #${need(data, "order_number")} is bezorgd. Veel plezier ermee!\n\n⟦P-withdrawal-window⟧Bedenk je je? Tot en met ${need(data, "deadline")} kun je zonder opgave van reden herroepen of artikelen retourneren. Je bestelling, je facturen en de knop "Herroepen" vind je hier:\n${need(data, "link")}\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: `Your order #${need(data, "order_number")} has been delivered`,
          text: `Hello,\n\n⟦⟧Your order #${need(data, "order_number")} has been delivered. Enjoy!\n\n⟦P-withdrawal-window⟧Changed your mind? Until ${need(data, "deadline")} you can withdraw or return items without giving a reason. Your order, your invoices and the "Withdraw" button are here:\n${need(data, "link")}\n\n${SIGNATURE.en}`,
        },
  "withdrawal-link": (data, locale) =>
    locale === "nl"
      ? {
          subject: `Herroepen: bestelling #${need(data, "order_number")}`,
          text: `Hallo,\n\n⟦P-mail-nothing-without-confirmation⟧Iemand vroeg op onze website om bestelling #${need(data, "order_number")} te herroepen. Was jij dat? Open dan deze link; daar bevestig je de herroeping met één knop. Zonder je bevestiging gebeurt er niets.\n${need(data, "link")}\n\n⟦P-withdrawal-window⟧Tot 14 dagen nadat je alles hebt ontvangen kun je zonder opgave van reden herroepen.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: `Withdrawal: order #${need(data, "order_number")}`,
          text: `Hello,\n\n⟦P-mail-nothing-without-confirmation⟧Someone asked on our website to withdraw from order #${need(data, "order_number")}. Was it you? Then open this link and confirm the withdrawal with one button. Without your confirmation nothing happens.\n${need(data, "link")}\n\n⟦P-withdrawal-window⟧Until 14 days after you have received everything you can withdraw without giving a reason.\n\n${SIGNATURE.en}`,
        },
  "return-requested": (data, locale) =>
    locale === "nl"
      ? {
          subject: `Je retour voor bestelling #${need(data, "order_number")}`,
          text: `Hallo,\n\n⟦⟧We hebben je retour aangemeld (retournummer ${need(data, "return_id")}):\n${need(data, "items")}\n\n⟦⟧Zo stuur je het terug:\n1. Pak de artikelen goed in, het liefst in de originele verpakking.\n2. Schrijf het retournummer op of in het pakket.\n3. Stuur het pakket binnen 14 dagen naar:\n${need(data, "address")}\n\n⟦P-invoice-mailed⟧Zodra we het pakket hebben ontvangen, betalen we je terug en krijg je een creditnota.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: `Your return for order #${need(data, "order_number")}`,
          text: `Hello,\n\n⟦⟧We have registered your return (return number ${need(data, "return_id")}):\n${need(data, "items")}\n\n⟦⟧How to send it back:\n1. Pack the items well, ideally in their original packaging.\n2. Write the return number on or in the parcel.\n3. Send the parcel within 14 days to:\n${need(data, "address")}\n\n⟦P-invoice-mailed⟧Once we have received it, we refund you and send a credit note.\n\n${SIGNATURE.en}`,
        },
  "withdrawal-received": (data, locale) =>
    locale === "nl"
      ? {
          subject: `Ontvangstbevestiging van je herroeping — bestelling #${need(data, "order_number")}`,
          text: `Hallo ${need(data, "name")},\n\n⟦⟧We hebben je herroeping ontvangen op ${need(data, "received_at")}. Dit is wat je ons hebt verklaard:\n\n${need(data, "statement")}\n\n${need(data, "next_steps")}\n\n⟦P-withdrawal-refund-right⟧We betalen je binnen 14 dagen na vandaag terug, inclusief de standaard bezorgkosten; we mogen wachten tot we de artikelen terug hebben of je ons laat zien dat je ze hebt teruggestuurd.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: `Acknowledgement of your withdrawal — order #${need(data, "order_number")}`,
          text: `Hello ${need(data, "name")},\n\n⟦⟧We received your withdrawal on ${need(data, "received_at")}. This is what you declared:\n\n${need(data, "statement")}\n\n${need(data, "next_steps")}\n\n⟦P-withdrawal-refund-right⟧We refund you within 14 days from today, including standard delivery costs; we may wait until we have the items back or you show us you have sent them.\n\n${SIGNATURE.en}`,
        },
}
