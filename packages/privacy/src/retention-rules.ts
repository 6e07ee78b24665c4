import type { RetentionRule } from "./types"

/** How long each kind of record is kept (the defaults of DESIGN.md); the retention engine reads these. */
export const RETENTION_RULES: RetentionRule[] = [
  {
    id: "carts",
    keep: { days: 30 },
    from: "last_activity",
    then: "delete",
    description: {
      nl: "Winkelwagens (ook van gasten) die niet tot een bestelling leiden: 30 dagen na de laatste wijziging verwijderd; van een afgerekende winkelwagen gaan e-mail en adressen na 30 dagen (de bestelling bewaart ze)",
      en: "Carts (guests' too) that do not become an order: deleted 30 days after the last change; a checked-out cart loses its e-mail and addresses after 30 days (the order keeps them)",
    },
  },
  {
    id: "sessions",
    keep: { days: 14 },
    from: "last_activity",
    then: "delete",
    description: {
      nl: "Inlogsessies: na 14 dagen verlopen en verwijderd",
      en: "Login sessions: expired and deleted after 14 days",
    },
  },
  {
    id: "order-personal-data",
    keep: { years: 2 },
    from: "delivery",
    then: "anonymise",
    description: {
      nl: "Naam, adres, telefoon en e-mail op een bestelling, ook herroepingen: 2 jaar na levering (garantie) geanonimiseerd; bedragen, artikelen, btw, land en de cijfers van de postcode blijven",
      en: "Name, address, phone and e-mail on an order, withdrawals included: anonymised 2 years after delivery (warranty); totals, items, VAT, country and the postcode's digits stay",
    },
  },
  {
    id: "inactive-accounts",
    keep: { years: 3 },
    from: "last_login_or_order",
    then: "warn_then_erase",
    graceDays: 30,
    description: {
      nl: "Accounts zonder inlog of bestelling in 3 jaar: waarschuwing per e-mail, 30 dagen later gewist tenzij je inlogt",
      en: "Accounts without a login or order for 3 years: a warning by e-mail, erased 30 days later unless you log in",
    },
  },
  {
    id: "analytics-events",
    keep: { months: 13 },
    from: "event",
    then: "delete",
    description: {
      nl: "Ruwe statistiekgebeurtenissen: na 13 maanden verwijderd (totalen per dag zonder personen blijven)",
      en: "Raw statistics events: deleted after 13 months (daily totals without persons stay)",
    },
  },
  {
    id: "consent-records",
    keep: { years: 3 },
    from: "consent_end",
    then: "delete",
    description: {
      nl: "Bewijs van je cookiekeuze: zolang de keuze geldt plus 3 jaar",
      en: "Proof of your cookie choice: while the choice is valid plus 3 years",
    },
  },
  {
    id: "newsletter",
    keep: { years: 3 },
    from: "unsubscribe",
    then: "delete",
    description: {
      nl: "Nieuwsbriefinschrijving: tot je je afmeldt; het bewijs van aan- en afmelding nog 3 jaar",
      en: "Newsletter subscription: until you unsubscribe; the proof of subscribing and unsubscribing for 3 years after that",
    },
  },
  {
    id: "newsletter-unconfirmed",
    keep: { days: 30 },
    from: "event",
    then: "delete",
    description: {
      nl: "Aanmeldingen voor de nieuwsbrief die nooit bevestigd zijn: 30 dagen na de laatste aanmelding verwijderd",
      en: "Newsletter sign-ups that were never confirmed: deleted 30 days after the last sign-up",
    },
  },
  {
    id: "contact-messages",
    keep: { months: 6 },
    from: "answered",
    then: "delete",
    description: {
      nl: "Berichten via het contactformulier: 6 maanden na beantwoording verwijderd",
      en: "Contact-form messages: deleted 6 months after they were answered",
    },
  },
  {
    id: "sent-mails",
    keep: { years: 2 },
    from: "event",
    then: "delete",
    description: {
      nl: "Kopieën van de e-mails die we je stuurden (bevestigingen, facturen, retouren): 2 jaar na verzending verwijderd; links met een sleutel bewaren we nooit",
      en: "Copies of the e-mails we sent you (confirmations, invoices, returns): deleted 2 years after sending; links carrying a key are never kept",
    },
  },
  {
    id: "data-requests",
    keep: { years: 3 },
    from: "closed",
    then: "delete",
    description: {
      nl: "Privacyverzoeken en hun ontvangstbewijzen: 3 jaar na afhandeling; een beperking 3 jaar nadat ze is opgeheven, een bezwaar zolang het geldt",
      en: "Privacy requests and their receipts: 3 years after they were handled; a restriction 3 years after it was lifted, an objection as long as it applies",
    },
  },
  {
    id: "audit-log",
    keep: { years: 2 },
    from: "event",
    then: "delete",
    description: { nl: "Logboek van inzage door medewerkers: 2 jaar", en: "Log of staff access: 2 years" },
  },
  {
    id: "ip-addresses",
    keep: { days: 14 },
    from: "event",
    then: "delete",
    description: {
      nl: "IP-adressen: hooguit 1 uur in de tellers van inlog- en formulierpogingen; ingekort (de laatste cijfers weg) in de serverlogs, die 14 dagen bewaard worden",
      en: "IP addresses: at most 1 hour in the counters of login and form attempts; cut short (the last digits gone) in the server logs, which are kept 14 days",
    },
    outside: {
      nl: 'De tellers vervallen na hun venster (hooguit 1 uur); de serverlogs houdt de hosting 14 dagen bij (README, "Logs")',
      en: 'The counters expire after their window (at most 1 hour); the hosting keeps the server logs 14 days (README, "Logs")',
    },
  },
  {
    id: "invoices-nl",
    keep: { years: 7 },
    from: "fiscal_year_end",
    then: "delete",
    country: "nl",
    description: {
      nl: "Facturen en creditnota's: 7 jaar na het einde van het boekjaar (fiscale bewaarplicht NL)",
      en: "Invoices and credit notes: 7 years after the end of the fiscal year (Dutch tax law)",
    },
  },
  {
    id: "invoices-be",
    keep: { years: 10 },
    from: "fiscal_year_end",
    then: "delete",
    country: "be",
    description: {
      nl: "Facturen en creditnota's bij een verkoop naar België: 10 jaar na het einde van het boekjaar (Belgische bewaarplicht)",
      en: "Invoices and credit notes of a sale to Belgium: 10 years after the end of the fiscal year (Belgian law)",
    },
  },
]
