import type { Locale } from "@helder/contract"
/** Mail the shop sends, by template id; each renders Dutch or English from its data. */
export type MailLocale = Locale

/** A rendered mail: the text part is the source, the HTML part is derived from it. */
export interface RenderedMail {
  subject: string
  text: string
}

type Template = (data: Record<string, string>, locale: MailLocale) => RenderedMail

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

/** How every mail to a shopper ends. */
export const SIGNATURE = {
  nl: "Hartelijke groet,\nHelder — verlichting uit Apeldoorn",
  en: "Kind regards,\nHelder — lighting from Apeldoorn",
}

function need(data: Record<string, string>, key: string): string {
  const value = data[key]
  if (!value) throw new Error(`mail data is missing "${key}"`)
  return value
}

const templates: Record<string, Template> = {
  "verify-email": (data, locale) =>
    locale === "nl"
      ? {
          subject: "Bevestig je e-mailadres",
          text: `Hallo ${need(data, "first_name")},\n\n⟦⟧Bevestig je e-mailadres om je account te activeren:\n${need(data, "link")}\n\n⟦P-mail-links-expire P-mail-nothing-without-confirmation⟧De link is 24 uur geldig. Heb je geen account aangemaakt? Dan kun je deze mail negeren.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "Confirm your e-mail address",
          text: `Hello ${need(data, "first_name")},\n\n⟦⟧Confirm your e-mail address to activate your account:\n${need(data, "link")}\n\n⟦P-mail-links-expire P-mail-nothing-without-confirmation⟧The link is valid for 24 hours. Didn't create an account? Then ignore this mail.\n\n${SIGNATURE.en}`,
        },
  "account-exists": (data, locale) =>
    locale === "nl"
      ? {
          subject: "Je hebt al een account",
          text: `Hallo,\n\n⟦⟧Iemand probeerde een account aan te maken met dit e-mailadres, maar dat account bestaat al. Was jij dat? Log dan in, of stel een nieuw wachtwoord in:\n${need(data, "link")}\n\n⟦P-mail-nothing-without-confirmation⟧Was jij het niet? Dan hoef je niets te doen.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "You already have an account",
          text: `Hello,\n\n⟦⟧Someone tried to create an account with this e-mail address, but that account already exists. Was it you? Then log in, or set a new password:\n${need(data, "link")}\n\n⟦P-mail-nothing-without-confirmation⟧Wasn't you? Then there is nothing to do.\n\n${SIGNATURE.en}`,
        },
  "password-reset": (data, locale) =>
    locale === "nl"
      ? {
          subject: "Nieuw wachtwoord instellen",
          text: `Hallo,\n\n⟦⟧Via deze link stel je een nieuw wachtwoord in:\n${need(data, "link")}\n\n⟦P-mail-links-expire P-mail-nothing-without-confirmation⟧De link werkt één keer en is een uur geldig. Heb je dit niet gevraagd? Dan blijft je wachtwoord zoals het was.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "Set a new password",
          text: `Hello,\n\n⟦⟧Use this link to set a new password:\n${need(data, "link")}\n\n⟦P-mail-links-expire P-mail-nothing-without-confirmation⟧The link works once and is valid for one hour. Didn't ask for this? Then your password stays as it was.\n\n${SIGNATURE.en}`,
        },
  "password-changed": (_data, locale) =>
    locale === "nl"
      ? {
          subject: "Je wachtwoord is gewijzigd",
          text: `Hallo,\n\n⟦P-sessions-end⟧Het wachtwoord van je Helder-account is zojuist gewijzigd en je andere sessies zijn uitgelogd. Was jij dit niet? Neem dan direct contact met ons op.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "Your password was changed",
          text: `Hello,\n\n⟦P-sessions-end⟧The password of your Helder account was just changed and your other sessions were logged out. Wasn't you? Contact us right away.\n\n${SIGNATURE.en}`,
        },
  "email-change": (data, locale) =>
    locale === "nl"
      ? {
          subject: "Bevestig je nieuwe e-mailadres",
          text: `Hallo,\n\n⟦⟧Bevestig dat je voortaan dit e-mailadres voor je Helder-account wilt gebruiken:\n${need(data, "link")}\n\n⟦P-mail-links-expire⟧De link is 24 uur geldig.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "Confirm your new e-mail address",
          text: `Hello,\n\n⟦⟧Confirm that you want to use this e-mail address for your Helder account from now on:\n${need(data, "link")}\n\n⟦P-mail-links-expire⟧The link is valid for 24 hours.\n\n${SIGNATURE.en}`,
        },
  "email-changed": (_data, locale) =>
    locale === "nl"
      ? {
          subject: "Je e-mailadres is gewijzigd",
          text: `Hallo,\n\n⟦⟧Je Helder-account gebruikt vanaf nu een ander e-mailadres om in te loggen. Was jij dit niet? Neem dan direct contact met ons op.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "Your e-mail address was changed",
          text: `Hello,\n\n⟦⟧Your Helder account now uses a different e-mail address to log in. Wasn't you? Contact us right away.\n\n${SIGNATURE.en}`,
        },
  "contact-received": (data, locale) =>
    locale === "nl"
      ? {
          subject: "We hebben je bericht ontvangen",
          text: `Hallo,\n\n⟦P-contact-answer⟧Bedankt voor je bericht. We antwoorden binnen twee werkdagen. We bewaren je bericht tot zes maanden nadat we het hebben beantwoord.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "We received your message",
          text: `Hello,\n\n⟦P-contact-answer⟧Thank you for your message. We answer within two working days. We keep your message until six months after we have answered it.\n\n${SIGNATURE.en}`,
        },
  "newsletter-confirm": (data, locale) =>
    locale === "nl"
      ? {
          subject: "Bevestig je inschrijving voor de nieuwsbrief",
          text: `Hallo,\n\n⟦⟧Je hebt je aangemeld voor de Helder-nieuwsbrief. Bevestig dat met deze link:\n${need(data, "link")}\n\n⟦P-mail-nothing-without-confirmation⟧Zonder bevestiging sturen we je niets. Heb je je niet aangemeld? Dan kun je deze mail negeren.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "Confirm your newsletter subscription",
          text: `Hello,\n\n⟦⟧You signed up for the Helder newsletter. Confirm it with this link:\n${need(data, "link")}\n\n⟦P-mail-nothing-without-confirmation⟧Without confirmation we send you nothing. Didn't sign up? Then ignore this mail.\n\n${SIGNATURE.en}`,
        },
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
  "erasure-scheduled": (data, locale) =>
    locale === "nl"
      ? {
          subject: "Je account wordt verwijderd",
          text: `Hallo,\n\n⟦P-right-erase⟧Je hebt gevraagd je gegevens bij Helder te verwijderen, met je account als je er een hebt. Dat gebeurt op ${need(data, "scheduled_for")}; tot dan kun je niet inloggen.\n\n⟦P-right-erase⟧Was dit een vergissing, of was jij het niet? Maak het ongedaan met deze link:\n${need(data, "link")}\n\n⟦P-right-erase⟧Na het verwijderen krijg je een ontvangstbewijs: wat we hebben verwijderd, wat we moeten bewaren (zoals facturen), waarom en tot wanneer.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "Your account will be deleted",
          text: `Hello,\n\n⟦P-right-erase⟧You asked us to delete your data at Helder, with your account if you have one. That happens on ${need(data, "scheduled_for")}; until then you cannot log in.\n\n⟦P-right-erase⟧Was this a mistake, or wasn't it you? Undo it with this link:\n${need(data, "link")}\n\n⟦P-right-erase⟧After the deletion you get a receipt: what we deleted, what we must keep (such as invoices), why and until when.\n\n${SIGNATURE.en}`,
        },
  "erasure-deferred": (data, locale) =>
    locale === "nl"
      ? {
          subject: "Het verwijderen van je gegevens wacht op je bestelling",
          text: `Hallo,\n\n⟦P-right-erase⟧We verwijderen je gegevens zodra je bestelling ${need(data, "orders")} is afgerond: we hebben je naam en adres nog nodig om te bezorgen en om een herroeping of retour af te handelen. We proberen het opnieuw op ${need(data, "retry_at")}. Inloggen blijft tot dan geblokkeerd; ongedaan maken kan nog met de link uit onze eerste mail.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "Deleting your data waits for your order",
          text: `Hello,\n\n⟦P-right-erase⟧We delete your data as soon as your order ${need(data, "orders")} is closed: we still need your name and address to deliver and to handle a withdrawal or return. We try again on ${need(data, "retry_at")}. Logging in stays blocked until then; you can still undo it with the link in our first mail.\n\n${SIGNATURE.en}`,
        },
  "erasure-completed": (data, locale) =>
    locale === "nl"
      ? {
          subject: "Je gegevens zijn verwijderd — ontvangstbewijs",
          text: `Hallo,\n\n⟦⟧We hebben je gegevens verwijderd op ${need(data, "erased_at")}.\n\n${need(data, "summary")}\n\n⟦P-right-erase⟧Het volledige ontvangstbewijs zit als bijlage bij deze mail. Je kunt je met hetzelfde e-mailadres altijd opnieuw registreren. Dit is de laatste mail die je van ons krijgt; ook deze mail bewaren we niet.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "Your data has been deleted — receipt",
          text: `Hello,\n\n⟦⟧We deleted your data on ${need(data, "erased_at")}.\n\n${need(data, "summary")}\n\n⟦P-right-erase⟧The full receipt is attached to this mail. You can always register again with the same e-mail address. This is the last mail you get from us; we do not keep this mail either.\n\n${SIGNATURE.en}`,
        },
  "erasure-residue": (data, locale) =>
    locale === "nl"
      ? {
          subject: "Verwijdering niet schoon: actie nodig",
          text: `Hallo,\n\n⟦⟧Bij het verwijderen voor privacyverzoek ${need(data, "request_id")} vond de controle achteraf de persoon nog terug in: ${need(data, "hits")}.\n\n⟦⟧Het verzoek staat open in Medusa Admin (Privacyverzoeken) en de persoon krijgt pas een ontvangstbewijs als de controle schoon is. Zoek uit waar de gegevens vandaan komen, en voer het verwijderen daarna opnieuw uit.\n\n⟦P-erasure-checked⟧Deze mail noemt alleen tabellen en kolommen, geen persoonsgegevens.`,
        }
      : {
          subject: "Erasure not clean: action needed",
          text: `Hello,\n\n⟦⟧Erasing for privacy request ${need(data, "request_id")}, the check afterwards still found the person in: ${need(data, "hits")}.\n\n⟦⟧The request stays open in Medusa Admin (privacy requests), and the person gets no receipt until the check is clean. Find where the data comes from, then run the erasure again.\n\n⟦P-erasure-checked⟧This mail names only tables and columns, no personal data.`,
        },
  "staff-login-failures": (data, locale) =>
    locale === "nl"
      ? {
          subject: "Mislukte inlogpogingen op je Helder-beheeraccount",
          text: `Hallo,\n\n⟦P-security-limits⟧Op je beheeraccount van Helder zijn zojuist ${need(data, "failures")} keer achter elkaar een verkeerd wachtwoord of een verkeerde code ingevoerd. Inloggen is tijdelijk geblokkeerd.\n\n⟦⟧Was jij dit niet? Wijzig je wachtwoord en meld het aan de eigenaar van de winkel.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "Failed logins to your Helder admin account",
          text: `Hello,\n\n⟦P-security-limits⟧Your Helder admin account just saw ${need(data, "failures")} wrong passwords or codes in a row. Logging in is blocked for a while.\n\n⟦⟧Wasn't you? Change your password and tell the shop's owner.\n\n${SIGNATURE.en}`,
        },
  "account-inactive": (data, locale) =>
    locale === "nl"
      ? {
          subject: "Je Helder-account wordt gewist als je niet inlogt",
          text: `Hallo${data.first_name ? ` ${data.first_name}` : ""},\n\n⟦P-inactive-warning⟧Je hebt al ${need(data, "term")} niet ingelogd bij Helder en niets besteld. Gegevens die we niet meer nodig hebben bewaren we niet, dus we wissen je account op ${need(data, "erase_on")}.\n\n⟦⟧Wil je je account houden? Log dan voor die datum in:\n${need(data, "link")}\n\n⟦P-inactive-warning P-invoices-kept⟧Doe je niets, dan wissen we je account en krijg je een ontvangstbewijs. Facturen bewaren we zolang de wet dat vraagt.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "Your Helder account will be erased unless you log in",
          text: `Hello${data.first_name ? ` ${data.first_name}` : ""},\n\n⟦P-inactive-warning⟧You have not logged in to Helder or ordered for ${need(data, "term")}. We do not keep data we no longer need, so we will erase your account on ${need(data, "erase_on")}.\n\n⟦⟧Want to keep your account? Then log in before that date:\n${need(data, "link")}\n\n⟦P-inactive-warning P-invoices-kept⟧If you do nothing, we erase your account and send you a receipt. Invoices are kept as long as the law requires.\n\n${SIGNATURE.en}`,
        },
  "privacy-request-verify": (data, locale) =>
    locale === "nl"
      ? {
          subject: "Bevestig je privacyverzoek",
          text: `Hallo,\n\n⟦⟧We kregen een verzoek om ${need(data, "kind")} voor de gegevens bij dit e-mailadres. Om zeker te weten dat jij het bent, bevestig je het met deze link:\n${need(data, "link")}\n\n⟦P-mail-links-expire P-mail-nothing-without-confirmation P-right-identity⟧De link is ${need(data, "hours")} uur geldig. Heb je niets gevraagd? Dan hoef je niets te doen: zonder bevestiging gebeurt er niets.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "Confirm your privacy request",
          text: `Hello,\n\n⟦⟧We received a request to ${need(data, "kind")} for the data held under this e-mail address. To be sure it is you, confirm it with this link:\n${need(data, "link")}\n\n⟦P-mail-links-expire P-mail-nothing-without-confirmation P-right-identity⟧The link is valid for ${need(data, "hours")} hours. Didn't ask for anything? Then there is nothing to do: without confirmation nothing happens.\n\n${SIGNATURE.en}`,
        },
  "privacy-request-extended": (data, locale) =>
    locale === "nl"
      ? {
          subject: "We hebben meer tijd nodig voor je privacyverzoek",
          text: `Hallo,\n\n⟦⟧We hebben meer tijd nodig om je privacyverzoek goed af te handelen. We antwoorden uiterlijk op ${need(data, "due_date")}.\n\n⟦⟧De reden: ${need(data, "reason")}\n\n⟦P-right-complaint⟧De wet staat dit toe bij ingewikkelde of veel verzoeken (art. 12 lid 3 AVG). Ben je het er niet mee eens? Dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens (Nederland) of de Gegevensbeschermingsautoriteit (België).\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "We need more time for your privacy request",
          text: `Hello,\n\n⟦⟧We need more time to handle your privacy request properly. We will answer by ${need(data, "due_date")} at the latest.\n\n⟦⟧The reason: ${need(data, "reason")}\n\n⟦P-right-complaint⟧The law allows this for complex or numerous requests (art. 12(3) GDPR). Disagree? You can complain to the Autoriteit Persoonsgegevens (Netherlands) or the Data Protection Authority (Belgium).\n\n${SIGNATURE.en}`,
        },
  "privacy-request-rejected": (data, locale) =>
    locale === "nl"
      ? {
          subject: "We kunnen je privacyverzoek niet uitvoeren",
          text: `Hallo,\n\n⟦⟧We kunnen je privacyverzoek niet uitvoeren.\n\n⟦⟧De reden: ${need(data, "reason")}\n\n⟦P-right-complaint⟧Ben je het er niet mee eens? Dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens (Nederland) of de Gegevensbeschermingsautoriteit (België), of naar de rechter stappen (art. 12 lid 4 AVG).\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "We cannot carry out your privacy request",
          text: `Hello,\n\n⟦⟧We cannot carry out your privacy request.\n\n⟦⟧The reason: ${need(data, "reason")}\n\n⟦P-right-complaint⟧Disagree? You can complain to the Autoriteit Persoonsgegevens (Netherlands) or the Data Protection Authority (Belgium), or go to court (art. 12(4) GDPR).\n\n${SIGNATURE.en}`,
        },
  "privacy-request-completed": (data, locale) =>
    locale === "nl"
      ? {
          subject: "Je gegevens zijn gecorrigeerd",
          text: `Hallo,\n\n⟦⟧We hebben je gegevens gecorrigeerd zoals je vroeg.${data.note ? `\n\n⟦⟧Wat we deden: ${data.note}` : ""}\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "Your data has been corrected",
          text: `Hello,\n\n⟦⟧We corrected your data as you asked.${data.note ? `\n\n⟦⟧What we did: ${data.note}` : ""}\n\n${SIGNATURE.en}`,
        },
  "privacy-restriction-started": (data, locale) =>
    locale === "nl"
      ? {
          subject: "We hebben het gebruik van je gegevens beperkt",
          text: `Hallo,\n\n⟦P-right-restrict⟧We hebben het gebruik van je gegevens beperkt zoals je vroeg (art. 18 AVG). Tot we de beperking opheffen bewaren we je gegevens alleen: je krijgt geen nieuwsbrief, we tellen je bezoeken niet mee in de statistieken wanneer je bent ingelogd en we verwijderen niets automatisch (alleen verlopen inlogsessies vervallen). Lopende bestellingen, facturen en retouren handelen we af zoals de wet het vraagt.${data.note ? `\n\n${data.note}` : ""}\n\n⟦P-right-restrict⟧Voordat we de beperking opheffen, laten we het je weten.\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "We have restricted the use of your data",
          text: `Hello,\n\n⟦P-right-restrict⟧We have restricted the use of your data as you asked (art. 18 GDPR). Until we lift the restriction we only store your data: you get no newsletter, your visits are not counted in the statistics while you are logged in and nothing is deleted automatically (only expired login sessions end). Open orders, invoices and returns are handled as the law requires.${data.note ? `\n\n${data.note}` : ""}\n\n⟦P-right-restrict⟧Before we lift the restriction, we will tell you.\n\n${SIGNATURE.en}`,
        },
  "privacy-restriction-lifted": (data, locale) =>
    locale === "nl"
      ? {
          subject: "We heffen de beperking van je gegevens op",
          text: `Hallo,\n\n⟦⟧We heffen de beperking van het gebruik van je gegevens op (art. 18 lid 3 AVG).\n\n⟦⟧De reden: ${need(data, "reason")}\n\n⟦P-right-complaint⟧Daarna gebruiken we je gegevens weer zoals ons privacybeleid beschrijft. Ben je het er niet mee eens? Dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens (Nederland) of de Gegevensbeschermingsautoriteit (België).\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "We are lifting the restriction of your data",
          text: `Hello,\n\n⟦⟧We are lifting the restriction of the use of your data (art. 18(3) GDPR).\n\n⟦⟧The reason: ${need(data, "reason")}\n\n⟦P-right-complaint⟧After that we use your data again as our privacy policy describes. Disagree? You can complain to the Autoriteit Persoonsgegevens (Netherlands) or the Data Protection Authority (Belgium).\n\n${SIGNATURE.en}`,
        },
  "privacy-objection-upheld": (data, locale) =>
    locale === "nl"
      ? {
          subject: "Je bezwaar is verwerkt",
          text: `Hallo,\n\n⟦P-right-object⟧We hebben je bezwaar verwerkt (art. 21 AVG). Je krijgt geen nieuwsbrief meer, nu niet en later niet, en we tellen je bezoeken niet meer mee in de statistieken wanneer je bent ingelogd. De beveiliging van de winkel en het logboek van wie je gegevens inzag lopen door: die beschermen ook jou.${data.note ? `\n\n${data.note}` : ""}\n\n${SIGNATURE.nl}`,
        }
      : {
          subject: "Your objection has been handled",
          text: `Hello,\n\n⟦P-right-object⟧We have handled your objection (art. 21 GDPR). You get no newsletter any more, now or later, and your visits are no longer counted in the statistics while you are logged in. The shop's security and the log of who viewed your data continue: they protect you too.${data.note ? `\n\n${data.note}` : ""}\n\n${SIGNATURE.en}`,
        },
  newsletter: (data, locale) => ({
    subject: need(data, "subject"),
    text: `${need(data, "body")}\n\n⟦P-right-withdraw-consent⟧${locale === "nl" ? "Afmelden voor deze nieuwsbrief" : "Unsubscribe from this newsletter"}: ${need(data, "unsubscribe_link")}\n\n${SIGNATURE[locale]}`,
  }),
}

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
