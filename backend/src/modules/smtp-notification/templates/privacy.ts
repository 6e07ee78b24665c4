import { need, SIGNATURE, type Template } from "./template"

/** Mails about privacy requests: erasure, correction, restriction and objection. */
export const PRIVACY_MAILS: Record<string, Template> = {
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
}
