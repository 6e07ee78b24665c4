import type { Localised } from "./types"

/** Where the shop says something about itself: each surface's sentences carry promise ids. */
export const PROMISE_SURFACES = [
  "privacy-policy",
  "cookie-policy",
  "banner",
  "footer",
  "consent-record",
  "mail",
  "account",
  "accessibility",
] as const
export type PromiseSurface = (typeof PROMISE_SURFACES)[number]
/**
 * The surfaces the browser test scans (storefront/e2e/promise-ledger.spec.ts); mails are checked where they are
 * rendered (backend/src/modules/smtp-notification/templates/).
 */
export const PAGE_SURFACES: readonly PromiseSurface[] = PROMISE_SURFACES.filter((surface) => surface !== "mail")

/**
 * One thing the shop says about its own behaviour. The element that says it carries
 * `data-promise="<id>"`; a test whose title names `[<id>]` proves it. `npm test` checks both ways
 * (packages/devkit/src/promise-ledger.mjs and storefront/e2e/promise-ledger.spec.ts), and the proof
 * page (/nl/privacy/bewijs, /en/privacy/proof) lists each promise with its tests.
 */
export type ShopPromise = { id: string; surfaces: readonly PromiseSurface[]; says: Localised }

/**
 * The promise ledger: every factual statement of the generated policy pages, the banner, the footer and the account
 * pages.
 */
export const PROMISES: readonly ShopPromise[] = [
  // The privacy policy.
  {
    id: "P-policy-version",
    surfaces: ["privacy-policy", "cookie-policy"],
    says: {
      nl: "Het beleid noemt zijn versie en ingangsdatum en houdt alle versies bij met wat er veranderde.",
      en: "The policy names its version and effective date and lists every version with what changed.",
    },
  },
  {
    id: "P-policy-edition",
    surfaces: ["privacy-policy"],
    says: {
      nl: "Elke wijziging van wat het beleid beschrijft, ook een dienst die erbij komt, is een nieuwe versie vanaf de dag waarop ze verscheen; een eerdere keuze geldt niet voor een dienst die haar versie niet noemde.",
      en: "Every change to what the policy describes, including an added service, is a new version from the day it appeared; an earlier choice does not cover a service its version did not name.",
    },
  },
  {
    id: "P-policy-from-data-map",
    surfaces: ["privacy-policy"],
    says: {
      nl: "Het beleid komt uit dezelfde datakaart als de banner en de statistieken: een dienst die niet draait staat er niet in, een nieuwe verschijnt vanzelf.",
      en: "The policy comes from the same data map as the banner and the statistics: a service not in use is absent, an added one appears by itself.",
    },
  },
  {
    id: "P-controller",
    surfaces: ["privacy-policy"],
    says: {
      nl: "Wie verantwoordelijk is: naam, adres, e-mail, telefoon, KvK en btw-nummer van de verkoper.",
      en: "Who is responsible: the seller's name, address, e-mail, phone, Chamber of Commerce and VAT number.",
    },
  },
  {
    id: "P-data-minimal",
    surfaces: ["privacy-policy"],
    says: {
      nl: "We verwerken alleen wat je bestelling, je account en de wet nodig hebben, en verkopen niets.",
      en: "We process only what your order, your account and the law need, and sell nothing.",
    },
  },
  {
    id: "P-data-categories",
    surfaces: ["privacy-policy"],
    says: {
      nl: "Elke categorie persoonsgegevens met haar velden, doel en grondslag; de database bevat geen andere.",
      en: "Every category of personal data with its fields, purpose and legal basis; the database holds no other.",
    },
  },
  {
    id: "P-ip-addresses",
    surfaces: ["privacy-policy"],
    says: {
      nl: "IP-adressen staan alleen heel in de tellers van de pogingenlimieten; de serverlogs houden ze ingekort (/24, /48) en zonder browsergegevens.",
      en: "IP addresses are whole only in the counters of the attempt limits; the server logs keep them cut short (/24, /48) and without browser details.",
    },
  },
  {
    id: "P-erasure-by-category",
    surfaces: ["privacy-policy", "account"],
    says: {
      nl: "Wat verwijdering met elke categorie doet: wissen, onherkenbaar maken of bewaren voor de wettelijke termijn.",
      en: "What erasure does with each category: delete, anonymise, or keep for the legal term.",
    },
  },
  {
    id: "P-recipients",
    surfaces: ["privacy-policy"],
    says: {
      nl: "Alleen de genoemde partijen krijgen gegevens, met hun doel, locatie en dienst.",
      en: "Only the parties named receive data, with their purpose, location and service.",
    },
  },
  {
    id: "P-retention-terms",
    surfaces: ["privacy-policy"],
    says: {
      nl: "Elke bewaartermijn zoals de bewaarmotor hem toepast.",
      en: "Every retention term, as the retention engine applies it.",
    },
  },
  {
    id: "P-retention-nightly",
    surfaces: ["privacy-policy"],
    says: {
      nl: "Elke nacht verwijdert of anonimiseert een taak wat over zijn termijn is.",
      en: "Every night a job deletes or anonymises what has passed its term.",
    },
  },
  {
    id: "P-inactive-warning",
    surfaces: ["privacy-policy", "mail"],
    says: {
      nl: "Een account zonder login of bestelling krijgt eerst een waarschuwing per e-mail.",
      en: "An account without a login or order first gets a warning by e-mail.",
    },
  },
  {
    id: "P-invoices-kept",
    surfaces: ["privacy-policy", "mail"],
    says: {
      nl: "Facturen blijven, ook na verwijdering van je account, tot hun wettelijke termijn om is.",
      en: "Invoices stay, even after your account is erased, until their legal term is over.",
    },
  },
  {
    id: "P-security-hashed",
    surfaces: ["privacy-policy"],
    says: {
      nl: "Wachtwoorden, inlogsessies en de links in onze e-mails bewaren we alleen als hash.",
      en: "Passwords, login sessions and the links in our e-mails are stored only as hashes.",
    },
  },
  {
    id: "P-security-headers",
    surfaces: ["privacy-policy"],
    says: {
      nl: "Elke pagina stuurt een strikt Content-Security-Policy mee, en bij HTTPS de instructie om alleen versleuteld te verbinden.",
      en: "Every page sends a strict Content-Security-Policy and, over HTTPS, the instruction to connect encrypted only.",
    },
  },
  {
    id: "P-security-limits",
    surfaces: ["privacy-policy", "mail"],
    says: {
      nl: "Te veel inlogpogingen of mails voor één account of vanaf één adres worden tijdelijk geweigerd.",
      en: "Too many login attempts or mails for one account or from one address are refused for a while.",
    },
  },
  {
    id: "P-security-database-role",
    surfaces: ["privacy-policy"],
    says: {
      nl: "De database laat de winkel het logboek en uitgegeven facturen niet wijzigen of wissen; alleen het einde van de bewaartermijn verwijdert ze.",
      en: "The database does not let the shop change or delete the audit log and issued invoices; only the end of their term removes them.",
    },
  },
  {
    id: "P-staff-need-to-know",
    surfaces: ["privacy-policy"],
    says: {
      nl: "Medewerkers zien persoonsgegevens afgeschermd; wie ze mag tonen, geeft een reden die in het logboek komt.",
      en: "Staff see personal data masked; whoever may reveal it gives a reason that goes on the audit log.",
    },
  },
  {
    id: "P-staff-roles",
    surfaces: ["privacy-policy"],
    says: {
      nl: "Elke medewerker heeft een rol die alleen toegang geeft tot wat die taak vraagt; de tabel noemt elke rol.",
      en: "Every staff member has a role that gives access only to what the job needs; the table names every role.",
    },
  },
  {
    id: "P-staff-login",
    surfaces: ["privacy-policy"],
    says: {
      nl: "Rollen die gegevens kunnen tonen, exporteren of wissen loggen in met een tweede factor; een beheersessie eindigt na 30 minuten stilte en na 12 uur.",
      en: "Roles that can reveal, export or erase data log in with a second factor; an admin session ends after 30 idle minutes and after 12 hours.",
    },
  },
  {
    id: "P-right-access",
    surfaces: ["privacy-policy", "account"],
    says: {
      nl: "Inzage en kopie: alles in één download met account, of via het formulier zonder.",
      en: "Access and a copy: everything in one download with an account, or through the form without one.",
    },
  },
  {
    id: "P-right-correct",
    surfaces: ["privacy-policy"],
    says: {
      nl: "Correctie: zelf in je account, of via het formulier.",
      en: "Correction: yourself in your account, or through the form.",
    },
  },
  {
    id: "P-right-erase",
    surfaces: ["privacy-policy", "mail", "account"],
    says: {
      nl: "Verwijdering met 24 uur om terug te draaien en een bewijs achteraf; facturen blijven.",
      en: "Erasure with 24 hours to undo it and a receipt afterwards; invoices stay.",
    },
  },
  {
    id: "P-right-withdraw-consent",
    surfaces: ["privacy-policy", "mail"],
    says: {
      nl: "Toestemming intrekken gaat even makkelijk als geven: cookie-instellingen of de afmeldlink.",
      en: "Withdrawing consent is as easy as giving it: cookie settings or the unsubscribe link.",
    },
  },
  {
    id: "P-right-object",
    surfaces: ["privacy-policy", "mail", "account"],
    says: {
      nl: "Bezwaar (art. 21): via het privacyverzoek of Mijn account; de nieuwsbrief stopt meteen en voorgoed en je bezoeken tellen, als je bent ingelogd, niet meer mee in de statistieken.",
      en: "Objection (art. 21): through the privacy request or My account; the newsletter stops at once and for good and your visits, while you are logged in, are no longer counted in the statistics.",
    },
  },
  {
    id: "P-right-restrict",
    surfaces: ["privacy-policy", "mail", "account"],
    says: {
      nl: "Beperking (art. 18): zolang die geldt worden je gegevens alleen bewaard — geen nieuwsbrief, geen statistieken als je bent ingelogd, niets automatisch verwijderd behalve verlopen inlogsessies — en je hoort waarom voordat ze wordt opgeheven.",
      en: "Restriction (art. 18): while it applies your data is only stored — no newsletter, no statistics while logged in, nothing deleted automatically but expired login sessions — and you hear why before it is lifted.",
    },
  },
  {
    id: "P-right-identity",
    surfaces: ["privacy-policy", "mail", "account"],
    says: {
      nl: "We controleren dat jij het bent voordat we gegevens sturen, en antwoorden binnen een maand.",
      en: "We check it is you before sending any data, and answer within one month.",
    },
  },
  {
    id: "P-right-complaint",
    surfaces: ["privacy-policy", "mail"],
    says: {
      nl: "Klagen kan bij de Autoriteit Persoonsgegevens of de Gegevensbeschermingsautoriteit.",
      en: "Complaints go to the Autoriteit Persoonsgegevens or the Belgian Data Protection Authority.",
    },
  },
  {
    id: "P-contact",
    surfaces: ["privacy-policy"],
    says: {
      nl: "Vragen over je gegevens via het contactformulier of het e-mailadres van de verkoper.",
      en: "Questions about your data through the contact form or the seller's e-mail address.",
    },
  },
  {
    id: "P-proof",
    surfaces: ["privacy-policy"],
    says: {
      nl: "Elke zin van het beleid wordt door een test bewezen; de bewijspagina noemt bij elke belofte haar test.",
      en: "Every sentence of the policy is proven by a test; the proof page names each promise's test.",
    },
  },
  // The cookie policy and the banner.
  {
    id: "P-cookies-necessary-only",
    surfaces: ["cookie-policy", "banner"],
    says: {
      nl: "Noodzakelijke cookies zonder te vragen, alle andere pas na je keuze.",
      en: "Necessary cookies without asking, all others only after your choice.",
    },
  },
  {
    id: "P-cookies-withdraw-deletes",
    surfaces: ["cookie-policy", "banner"],
    says: {
      nl: "Een uitgezette categorie verwijdert haar cookies meteen.",
      en: "Switching a category off deletes its cookies at once.",
    },
  },
  {
    id: "P-gpc",
    surfaces: ["cookie-policy", "banner"],
    says: {
      nl: "Global Privacy Control geldt als weigering van statistieken en advertenties.",
      en: "Global Privacy Control counts as a refusal of statistics and advertising.",
    },
  },
  {
    id: "P-consent-validity",
    surfaces: ["cookie-policy"],
    says: {
      nl: "Een keuze geldt 6 maanden of tot een nieuwe versie van het beleid; dan vragen we opnieuw.",
      en: "A choice is valid for 6 months or until a new version of the policy; then we ask again.",
    },
  },
  {
    id: "P-consent-categories",
    surfaces: ["cookie-policy", "banner"],
    says: {
      nl: "Elke categorie met de diensten erin, hun partij en doel; een categorie zonder dienst wordt niet gevraagd.",
      en: "Every category with its services, their party and purpose; a category without a service is not asked for.",
    },
  },
  {
    id: "P-cookie-table",
    surfaces: ["privacy-policy", "cookie-policy", "banner"],
    says: {
      nl: "Elke cookie met partij, soort, locatie, dienst en bewaartermijn; de browser krijgt geen andere.",
      en: "Every cookie with its party, type, location, service and lifetime; the browser gets no other.",
    },
  },
  {
    id: "P-no-social-media",
    surfaces: ["cookie-policy"],
    says: {
      nl: "Helder laadt geen knoppen, scripts of inhoud van sociale netwerken en heeft geen deelknoppen.",
      en: "Helder loads no buttons, scripts or content from social networks and has no share buttons.",
    },
  },
  {
    id: "P-stripe-payment-step-only",
    surfaces: ["cookie-policy"],
    says: {
      nl: "Stripe komt pas bij het betalen in beeld: daarvóór gaat er geen verzoek naar Stripe en zet Stripe geen cookie, en de pagina's na je bestelling vragen Stripe niets meer.",
      en: "Stripe comes in only when you pay: before that no request goes to Stripe and Stripe sets no cookie, and the pages after your order ask Stripe for nothing.",
    },
  },
  {
    id: "P-change-choice",
    surfaces: ["cookie-policy", "banner"],
    says: {
      nl: 'Je wijzigt je keuze altijd via "Cookie-instellingen" onderaan elke pagina.',
      en: 'You change your choice at any time with "Cookie settings" at the bottom of every page.',
    },
  },
  {
    id: "P-statistics-not-personal",
    surfaces: ["privacy-policy", "banner"],
    says: {
      nl: "Met toestemming tellen we het gebruik van de winkel onder een sleutel die elke dag wisselt (een pseudoniem), nooit onder je naam of e-mailadres.",
      en: "With consent we count how the shop is used under a key that changes every day (a pseudonym), never under your name or e-mail address.",
    },
  },
  {
    id: "P-reject-as-easy",
    surfaces: ["banner"],
    says: {
      nl: "Weigeren is even makkelijk als accepteren: één knop, even prominent.",
      en: "Rejecting is as easy as accepting: one button, equally prominent.",
    },
  },
  {
    id: "P-policy-changes-ask-again",
    surfaces: ["banner"],
    says: {
      nl: "Na een nieuwe versie van het beleid vraagt de banner opnieuw en noemt wat er veranderde.",
      en: "After a new version of the policy the banner asks again and names what changed.",
    },
  },
  {
    id: "P-consent-record",
    surfaces: ["banner", "consent-record", "account"],
    says: {
      nl: "Je keuze wordt vastgelegd met versie en tekst-hash onder een nummer dat niet aan jou gekoppeld is, tenzij je ingelogd bent; je kunt het inzien en downloaden.",
      en: "Your choice is recorded with version and text hash under a number not linked to you unless you are logged in; you can look it up and download it.",
    },
  },
  // The account pages.
  {
    id: "P-account-email-change",
    surfaces: ["account"],
    says: {
      nl: "Je e-mailadres wijzig je alleen met je wachtwoord, en tot je de link naar het nieuwe adres volgt, blijft het oude in gebruik.",
      en: "You change your e-mail address only with your password, and until you follow the link sent to the new address, the old one stays in use.",
    },
  },
  {
    id: "P-account-reset-link",
    surfaces: ["account"],
    says: {
      nl: "Een link om je wachtwoord opnieuw in te stellen gaat alleen naar een adres met een account en werkt één keer en een uur lang; het antwoord op het formulier verraadt niet of er een account is.",
      en: "A link to reset your password goes only to an address with an account and works once and for one hour; the form's answer does not reveal whether there is an account.",
    },
  },
  {
    id: "P-account-erasure-window",
    surfaces: ["account"],
    says: {
      nl: "Na je verzoek om je account te verwijderen heb je 24 uur om het met de gemailde link ongedaan te maken; tot het verwijderen kun je niet inloggen, en een bestelling onderweg of een lopende retourtermijn wachten we af.",
      en: "After you ask to delete your account you have 24 hours to undo it with the mailed link; until the deletion you cannot log in, and an order on its way or a running return period is waited for.",
    },
  },
  {
    id: "P-account-optional",
    surfaces: ["account"],
    says: {
      nl: "Een account is niet nodig om te bestellen; met een account vult de kassa je gegevens in en zie je je bestellingen.",
      en: "You need no account to order; with one the checkout fills in your details and you see your orders.",
    },
  },
  {
    id: "P-account-no-card",
    surfaces: ["account"],
    says: {
      nl: "Je account bewaart geen betaalmiddel: je betaalt per bestelling, en je kaartnummer gaat rechtstreeks naar Stripe, nooit naar Helder.",
      en: "Your account keeps no means of payment: you pay per order, and your card number goes straight to Stripe, never to Helder.",
    },
  },
  {
    id: "P-withdrawal-acknowledged",
    surfaces: ["account"],
    says: {
      nl: "Een herroeping bevestigen we meteen: op de pagina met je verklaring en het tijdstip, en per e-mail.",
      en: "We acknowledge a withdrawal at once: on the page with your statement and its time, and by e-mail.",
    },
  },
  {
    id: "P-withdrawal-model-form",
    surfaces: ["account"],
    says: {
      nl: "Het modelformulier voor herroeping staat bij elke bestelling klaar als pdf, met de gegevens van de winkel ingevuld.",
      en: "The model withdrawal form is ready as a PDF with every order, with the shop's details filled in.",
    },
  },
  {
    id: "P-return-instructions",
    surfaces: ["account"],
    says: {
      nl: "Een aangemeld retour krijgt een nummer, en hoe je het terugstuurt krijg je per e-mail.",
      en: "A registered return gets a number, and how to send it back comes by e-mail.",
    },
  },
  // Every page.
  {
    id: "P-no-tracking-without-consent",
    surfaces: ["footer"],
    says: {
      nl: "Geen tracking zonder je toestemming: geen cookie of verzoek van een meetdienst vóór je keuze.",
      en: "No tracking without your consent: no cookie or request of a measuring service before your choice.",
    },
  },
  // The accessibility statement (/nl/toegankelijkheid, /en/accessibility).
  {
    id: "P-accessibility-wcag",
    surfaces: ["accessibility"],
    says: {
      nl: "Elke soort pagina van de winkel wordt bij elke build met axe-core getoetst aan alle regels voor WCAG 2.2 niveau A en AA, ook in de toestanden die je onderweg tegenkomt, zoals foutmeldingen bij het afrekenen.",
      en: "Every kind of page of the shop is checked at every build with axe-core against all rules for WCAG 2.2 level A and AA, also in the states you meet on the way, such as error messages at checkout.",
    },
  },
  {
    id: "P-accessibility-keyboard",
    surfaces: ["accessibility"],
    says: {
      nl: "Je kunt de hele aankoop met alleen het toetsenbord doen, van de categorie tot de bestelknop.",
      en: "You can make the whole purchase with the keyboard alone, from the category to the order button.",
    },
  },
  // The mails (backend/src/modules/smtp-notification/templates/: each paragraph's marker names its promises).
  {
    id: "P-mail-links-expire",
    surfaces: ["mail"],
    says: {
      nl: "Een link in onze mail werkt zo lang als de mail zegt (een wachtwoordlink één keer), daarna niet meer.",
      en: "A link in our mail works as long as the mail says (a password link once), and no longer.",
    },
  },
  {
    id: "P-mail-nothing-without-confirmation",
    surfaces: ["mail", "account"],
    says: {
      nl: "Zonder je bevestiging via de link gebeurt er niets: geen account, geen nieuw adres of wachtwoord, geen nieuwsbrief, geen verzoek.",
      en: "Without your confirmation by the link nothing happens: no account, no new address or password, no newsletter, no request.",
    },
  },
  {
    id: "P-sessions-end",
    surfaces: ["mail", "account"],
    says: { nl: "Een nieuw wachtwoord beëindigt je andere sessies.", en: "A new password ends your other sessions." },
  },
  {
    id: "P-contact-answer",
    surfaces: ["mail", "accessibility"],
    says: {
      nl: "We antwoorden op een bericht binnen twee werkdagen en bewaren het tot zes maanden na ons antwoord.",
      en: "We answer a message within two working days and keep it until six months after our answer.",
    },
  },
  {
    id: "P-invoice-mailed",
    surfaces: ["mail", "account"],
    says: {
      nl: "Bij je bestelling krijg je de factuur als pdf, bij een terugbetaling een creditnota.",
      en: "With your order you get the invoice as a PDF, with a refund a credit note.",
    },
  },
  {
    id: "P-withdrawal-window",
    surfaces: ["mail", "account"],
    says: {
      nl: "Tot 14 dagen na ontvangst kun je zonder reden herroepen of retourneren, via je persoonlijke link.",
      en: "Until 14 days after receipt you can withdraw or return without a reason, through your personal link.",
    },
  },
  {
    id: "P-withdrawal-refund-right",
    surfaces: ["mail"],
    says: {
      nl: "De ontvangstbevestiging van een herroeping noemt je recht op terugbetaling binnen 14 dagen, met de standaard bezorgkosten.",
      en: "The acknowledgement of a withdrawal states your right to a refund within 14 days, with standard delivery costs.",
    },
  },
  {
    id: "P-erasure-checked",
    surfaces: ["mail"],
    says: {
      nl: "Na het wissen zoekt een controle de persoon in elke tabel; vindt ze iets, dan krijgt de winkel een mail die alleen tabellen en kolommen noemt.",
      en: "After an erasure a check searches every table for the person; if it finds anything, the shop gets a mail naming only tables and columns.",
    },
  },
]

/** The ids of the ledger, in its order. */
export const PROMISE_IDS: readonly string[] = PROMISES.map((p) => p.id)

/** The ledger's promises said on a surface. */
export function promisesOn(surface: PromiseSurface): ShopPromise[] {
  return PROMISES.filter((p) => p.surfaces.includes(surface))
}

/** How a test title names the promises it proves: `[P-…]`, one or more. */
export const PROMISE_IN_TITLE = /\[(P-[a-z0-9-]+)\]/g

/** The promises each part of the cookie banner and its settings dialog makes (banner.ts holds the words). */
export const BANNER_PROMISES = {
  description: "P-cookies-necessary-only P-statistics-not-personal P-reject-as-easy P-change-choice",
  gpcNotice: "P-gpc",
  changes: "P-policy-changes-ask-again",
  settingsIntro: "P-cookies-necessary-only P-cookies-withdraw-deletes",
  category: "P-consent-categories",
  cookieTable: "P-cookie-table",
  consentRecord: "P-consent-record",
} as const
