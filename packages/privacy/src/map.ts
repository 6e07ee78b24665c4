import type { Integrations } from "./integrations"
import {
  ACCOUNT_COOKIE,
  CART_COOKIE,
  CONSENT_COOKIE,
  CONSENT_PROOF_COOKIE,
  ORDER_COOKIE,
  scriptCookieName,
  shopCookieName,
  VISITOR_COOKIE,
} from "./cookie-names"
import { DATA_CATEGORIES } from "./data-categories"
import { POLICY_VERSIONS } from "./policy-versions"
import { RETENTION_RULES } from "./retention-rules"
import { dataMapSchema, type ConsentCategory, type DataMap, type Recipient, type Service } from "./types"

const DAY = 24 * 60 * 60

/**
 * The shop's own cookies: strictly necessary, first party, httpOnly but for the consent choice; named as the browser
 * holds them.
 */
const shopService = (https: boolean): Service => ({
  id: "webshop",
  name: "Helder webshop",
  party: "first-party",
  purpose: {
    nl: "Winkelwagen, bestelling, inloggen en het onthouden van je cookiekeuze",
    en: "Cart, order, login and remembering your cookie choice",
  },
  location: { nl: "Eigen server (zie hosting)", en: "Own server (see hosting)" },
  hosts: [],
  cookies: [
    {
      name: shopCookieName(CART_COOKIE, https),
      pattern: false,
      maxAgeSeconds: 30 * DAY,
      lifetime: { nl: "30 dagen", en: "30 days" },
      purpose: { nl: "Onthoudt je winkelwagen", en: "Remembers your cart" },
    },
    {
      name: shopCookieName(ORDER_COOKIE, https),
      pattern: false,
      maxAgeSeconds: DAY,
      lifetime: { nl: "1 dag", en: "1 day" },
      purpose: {
        nl: "Laat alleen jouw browser de bevestiging van je bestelling zien",
        en: "Lets only your browser see your order confirmation",
      },
    },
    {
      name: shopCookieName(ACCOUNT_COOKIE, https),
      pattern: false,
      maxAgeSeconds: 14 * DAY,
      lifetime: { nl: "14 dagen", en: "14 days" },
      purpose: { nl: "Houdt je ingelogd", en: "Keeps you logged in" },
    },
    {
      name: scriptCookieName(CONSENT_COOKIE, https),
      pattern: false,
      maxAgeSeconds: 182 * DAY,
      lifetime: { nl: "6 maanden", en: "6 months" },
      purpose: {
        nl: "Onthoudt je cookiekeuze en het nummer van je toestemmingsbewijs",
        en: "Remembers your cookie choice and the number of your consent record",
      },
    },
    {
      name: shopCookieName(CONSENT_PROOF_COOKIE, https),
      pattern: false,
      maxAgeSeconds: 182 * DAY,
      lifetime: { nl: "6 maanden", en: "6 months" },
      purpose: {
        nl: "Bewijst dat je toestemmingsbewijs bij deze browser hoort, zodat niemand anders er keuzes aan toevoegt",
        en: "Proves that your consent record belongs to this browser, so nobody else adds choices to it",
      },
    },
  ],
})

function stripeService(): Service {
  return {
    id: "stripe",
    name: "Stripe",
    party: "Stripe Payments Europe Ltd.",
    purpose: {
      nl: "Betalen met kaart of iDEAL en fraude voorkomen, alleen op de betaalpagina",
      en: "Card and iDEAL payments and fraud prevention, on the payment page only",
    },
    location: {
      nl: "EU (Ierland); VS onder het EU-VS Data Privacy Framework",
      en: "EU (Ireland); US under the EU-US Data Privacy Framework",
    },
    hosts: [
      "js.stripe.com",
      "api.stripe.com",
      "m.stripe.network",
      "m.stripe.com",
      "r.stripe.com",
      "q.stripe.com",
      "hooks.stripe.com",
    ],
    cookies: [
      {
        name: "__stripe_mid",
        pattern: false,
        maxAgeSeconds: 365 * DAY,
        lifetime: { nl: "1 jaar", en: "1 year" },
        purpose: { nl: "Fraudepreventie bij betalingen", en: "Payment fraud prevention" },
      },
      {
        name: "__stripe_sid",
        pattern: false,
        maxAgeSeconds: 30 * 60,
        lifetime: { nl: "30 minuten", en: "30 minutes" },
        purpose: { nl: "Fraudepreventie bij betalingen", en: "Payment fraud prevention" },
      },
    ],
  }
}

/** First-party statistics: counted per day, never per person. */
const statisticsService = (https: boolean): Service => ({
  id: "helder-statistics",
  name: "Helder statistieken",
  party: "first-party",
  purpose: {
    nl: "Tellen welke pagina's en producten bekeken worden en hoeveel bezoeken tot een bestelling leiden, onder een sleutel die elke dag wisselt",
    en: "Counting which pages and products are viewed and how many visits lead to an order, under a key that changes every day",
  },
  location: { nl: "Eigen server (zie hosting)", en: "Own server (see hosting)" },
  hosts: [],
  cookies: [
    {
      name: shopCookieName(VISITOR_COOKIE, https),
      pattern: false,
      lifetime: { nl: "tot middernacht (hoogstens 1 dag)", en: "until midnight (1 day at most)" },
      purpose: {
        nl: "Een willekeurige sleutel die elke dag wisselt, zodat een bezoek één keer telt",
        en: "A random key that changes every day, so a visit counts once",
      },
    },
  ],
})

function ga4Service(): Service {
  return {
    id: "google-analytics",
    name: "Google Analytics 4",
    party: "Google Ireland Ltd.",
    purpose: {
      nl: "Websitestatistieken (met Google Consent Mode v2; IP-adressen worden niet opgeslagen)",
      en: "Website statistics (with Google Consent Mode v2; IP addresses are not stored)",
    },
    location: {
      nl: "EU; VS onder het EU-VS Data Privacy Framework",
      en: "EU; US under the EU-US Data Privacy Framework",
    },
    hosts: ["www.googletagmanager.com", "*.google-analytics.com", "*.analytics.google.com"],
    cookies: [
      {
        name: "_ga",
        pattern: false,
        maxAgeSeconds: 395 * DAY,
        lifetime: { nl: "13 maanden", en: "13 months" },
        purpose: { nl: "Onderscheidt bezoekers voor statistieken", en: "Distinguishes visitors for statistics" },
      },
      {
        name: "_ga_[A-Z0-9]+",
        pattern: true,
        maxAgeSeconds: 395 * DAY,
        lifetime: { nl: "13 maanden", en: "13 months" },
        purpose: { nl: "Houdt de sessie bij voor statistieken", en: "Keeps the session for statistics" },
      },
    ],
  }
}

function metaPixelService(): Service {
  return {
    id: "meta-pixel",
    name: "Meta pixel",
    party: "Meta Platforms Ireland Ltd.",
    purpose: {
      nl: "Meten welke advertenties op Facebook en Instagram tot een bezoek of aankoop leiden",
      en: "Measuring which ads on Facebook and Instagram lead to a visit or purchase",
    },
    location: {
      nl: "EU; VS onder het EU-VS Data Privacy Framework",
      en: "EU; US under the EU-US Data Privacy Framework",
    },
    hosts: ["connect.facebook.net", "www.facebook.com"],
    cookies: [
      {
        name: "_fbp",
        pattern: false,
        maxAgeSeconds: 90 * DAY,
        lifetime: { nl: "90 dagen", en: "90 days" },
        purpose: { nl: "Herkent je browser voor advertentiemeting", en: "Recognises your browser for ad measurement" },
      },
      {
        name: "_fbc",
        pattern: false,
        maxAgeSeconds: 90 * DAY,
        lifetime: { nl: "90 dagen", en: "90 days" },
        purpose: { nl: "Onthoudt via welke advertentie je binnenkwam", en: "Remembers which ad you came from" },
      },
    ],
  }
}

function consentCategories(integrations: Integrations): ConsentCategory[] {
  return [
    {
      id: "necessary",
      name: { nl: "Technisch en functioneel noodzakelijk", en: "Technically and functionally necessary" },
      description: {
        nl: "Zonder deze cookies werken je winkelwagen, bestelling, betaling en inlog niet. Ze staan altijd aan.",
        en: "Without these cookies your cart, order, payment and login do not work. They are always on.",
      },
      required: true,
      services: [shopService(integrations.https), ...(integrations.stripe ? [stripeService()] : [])],
    },
    {
      id: "functional",
      name: { nl: "Voorkeuren", en: "Preferences" },
      description: {
        nl: "Onthouden van voorkeuren die niet nodig zijn om te bestellen. Helder gebruikt er nu geen.",
        en: "Remembering preferences that ordering does not need. Helder uses none at the moment.",
      },
      required: false,
      services: [],
    },
    {
      id: "analytics",
      name: { nl: "Analytisch", en: "Analytics" },
      description: {
        nl: "Statistieken over het gebruik van de winkel, om hem beter te maken. Niet op persoonsniveau.",
        en: "Statistics on how the shop is used, to make it better. Not at person level.",
      },
      required: false,
      services: [statisticsService(integrations.https), ...(integrations.ga4MeasurementId ? [ga4Service()] : [])],
    },
    {
      id: "marketing",
      name: { nl: "Advertenties", en: "Advertising" },
      description: {
        nl: "Meten en afstemmen van advertenties op andere websites.",
        en: "Measuring and tailoring ads on other websites.",
      },
      required: false,
      services: integrations.metaPixelId ? [metaPixelService()] : [],
    },
    {
      id: "social",
      name: { nl: "Social media", en: "Social media" },
      description: {
        nl: "Knoppen, scripts en inhoud van sociale netwerken. Helder laadt er geen en heeft geen deelknoppen of links naar sociale netwerken. (Een advertentiepixel, als die er is, staat bij advertenties en laadt alleen met je toestemming.)",
        en: "Buttons, scripts and content from social networks. Helder loads none and has no share buttons or links to social networks. (An advertising pixel, if there is one, is listed under advertising and loads only with your consent.)",
      },
      required: false,
      services: [],
      promise: "P-no-social-media",
    },
  ]
}

function recipients(integrations: Integrations): Recipient[] {
  const everything = [
    "identity",
    "contact",
    "address",
    "account",
    "order",
    "payment",
    "invoice",
    "cart",
    "return",
    "contact-message",
    "newsletter",
    "consent",
    "analytics",
    "data-request",
    "audit",
  ]
  return [
    {
      id: "hosting",
      party: integrations.hosting.party,
      role: "processor",
      purpose: { nl: "Hosting van de webshop en de database", en: "Hosting the shop and its database" },
      location: { nl: integrations.hosting.location, en: integrations.hosting.location },
      service: { nl: "Servers, opslag en back-ups", en: "Servers, storage and backups" },
      categories: everything,
    },
    {
      id: "mail",
      party: integrations.mail.party,
      role: "processor",
      purpose: {
        nl: "Versturen van e-mails over je bestelling, account, facturen en (als je dat wilt) de nieuwsbrief",
        en: "Sending e-mail about your order, account, invoices and (if you want it) the newsletter",
      },
      location: { nl: integrations.mail.location, en: integrations.mail.location },
      service: { nl: "E-mailverzending (SMTP)", en: "E-mail delivery (SMTP)" },
      categories: ["identity", "contact", "order", "invoice", "return", "contact-message", "newsletter"],
    },
    {
      id: "carrier",
      party: integrations.carriers.party,
      role: "controller",
      purpose: { nl: "Bezorgen van je bestelling", en: "Delivering your order" },
      location: { nl: integrations.carriers.location, en: integrations.carriers.location },
      service: { nl: "Naam en bezorgadres op het pakket", en: "Name and delivery address on the parcel" },
      categories: ["identity", "address"],
    },
    ...(integrations.stripe
      ? [
          {
            id: "stripe",
            party: "Stripe Payments Europe Ltd.",
            role: "processor" as const,
            purpose: { nl: "Verwerken van betalingen", en: "Processing payments" },
            location: {
              nl: "EU (Ierland); VS onder het EU-VS Data Privacy Framework",
              en: "EU (Ireland); US under the EU-US Data Privacy Framework",
            },
            service: { nl: "Kaart- en iDEAL-betalingen", en: "Card and iDEAL payments" },
            categories: ["contact", "payment"],
          },
        ]
      : []),
    ...(integrations.ga4MeasurementId
      ? [
          {
            id: "google-analytics",
            party: "Google Ireland Ltd.",
            role: "processor" as const,
            purpose: {
              nl: "Websitestatistieken, alleen met je toestemming",
              en: "Website statistics, only with your consent",
            },
            location: {
              nl: "EU; VS onder het EU-VS Data Privacy Framework",
              en: "EU; US under the EU-US Data Privacy Framework",
            },
            service: { nl: "Google Analytics 4", en: "Google Analytics 4" },
            categories: ["analytics"],
          },
        ]
      : []),
    ...(integrations.metaPixelId
      ? [
          {
            id: "meta-pixel",
            party: "Meta Platforms Ireland Ltd.",
            role: "controller" as const,
            purpose: {
              nl: "Advertentiemeting, alleen met je toestemming",
              en: "Ad measurement, only with your consent",
            },
            location: {
              nl: "EU; VS onder het EU-VS Data Privacy Framework",
              en: "EU; US under the EU-US Data Privacy Framework",
            },
            service: { nl: "Meta pixel", en: "Meta pixel" },
            categories: ["analytics"],
          },
        ]
      : []),
    {
      id: "tax-authority",
      party: "Belastingdienst / FOD Financiën",
      role: "controller",
      purpose: {
        nl: "Alleen op wettelijke vordering: controle van de administratie",
        en: "Only on legal demand: auditing the accounts",
      },
      location: { nl: "NL / BE", en: "NL / BE" },
      service: { nl: "Facturen en creditnota's", en: "Invoices and credit notes" },
      categories: ["invoice"],
    },
  ]
}

/** The data map of an installation: the fixed description plus the services it has configured. */
export function buildDataMap(integrations: Integrations): DataMap {
  return dataMapSchema.parse({
    controller: integrations.controller,
    consent: { cookie: scriptCookieName(CONSENT_COOKIE, integrations.https), validFor: { months: 6 } },
    erasure: { undoHours: 24 },
    requests: { answerWithin: { months: 1 }, extendableBy: { months: 2 }, linkValidHours: 24 },
    policyVersions: POLICY_VERSIONS,
    consentCategories: consentCategories(integrations),
    recipients: recipients(integrations),
    retention: RETENTION_RULES,
    dataCategories: DATA_CATEGORIES,
  })
}
