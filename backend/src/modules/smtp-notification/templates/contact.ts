import { need, SIGNATURE, type Template } from "./template"

/** Mails about the contact form and the newsletter. */
export const CONTACT_MAILS: Record<string, Template> = {
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
  newsletter: (data, locale) => ({
    subject: need(data, "subject"),
    text: `${need(data, "body")}\n\n⟦P-right-withdraw-consent⟧${locale === "nl" ? "Afmelden voor deze nieuwsbrief" : "Unsubscribe from this newsletter"}: ${need(data, "unsubscribe_link")}\n\n${SIGNATURE[locale]}`,
  }),
}
