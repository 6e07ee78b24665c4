import { need, SIGNATURE, type Template } from "./template"

/** Mails about a shopper's or staff member's account: its address, password, logins and inactivity. */
export const ACCOUNT_MAILS: Record<string, Template> = {
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
}
