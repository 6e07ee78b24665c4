import { addDuration, termEnd, type DataMap, type Localised, type PrivacyLocale } from "@helder/privacy"
import type { ErasureCounts } from "./erase"
import type { ResidueScan } from "./residue-scan"
import { formatLongDate } from "@helder/contract"

/** What an erasure did, as the customer's receipt and the privacy desk show it. */
export type ErasureReceipt = {
  request_id: string
  erased_at: string
  subject: "customer" | "guest"
  deleted: { category: string; name: Localised; action: "delete" | "anonymise" | "pseudonymise" }[]
  kept: { category: string; name: Localised; why: Localised; until: string | null }[]
  changed: ErasureCounts
  scan: ResidueScan
  recipients: { id: string; party: string; state: "pending" | "not_needed" }[]
}

/**
 * The recipients an erasure must be passed on to (art. 19): those that received a category the erasure
 * deleted or anonymised. Statistics services received nothing that points at a person; the tax authority
 * only ever sees invoices, which are kept.
 */
export function erasureRecipients(map: DataMap): ErasureReceipt["recipients"] {
  const erased = new Set(map.dataCategories.filter((c) => c.personal && c.erasure !== "legal_hold").map((c) => c.id))
  return map.recipients
    .filter((r) => r.categories.some((c) => erased.has(c)))
    .map((r) => ({ id: r.id, party: r.party, state: "pending" as const }))
}

/** An issued document as the receipt needs it: the term runs from the end of its fiscal year, by country. */
export type KeptDocument = { issued_at: Date | string; country_code: string }

/** The latest moment any of the documents may still be kept: the end of its fiscal year plus the country's term. */
function documentsKeptUntil(map: DataMap, ruleIds: string[], documents: KeptDocument[]): Date | null {
  const rules = map.retention.filter((r) => ruleIds.includes(r.id))
  const ends = documents.map((d) => {
    const rule = rules.find((r) => r.country === d.country_code) ?? rules[0]!
    // The same term the retention engine applies: from the end of the fiscal year, in Amsterdam time.
    return termEnd(rule, new Date(d.issued_at)).getTime()
  })
  return ends.length ? new Date(Math.max(...ends)) : null
}

/**
 * The receipt: every personal category the erasure deleted, anonymised or pseudonymised, and every one it
 * kept under legal hold with the law's reason and the date its term ends, read from the data map.
 */
export function erasureReceipt(
  map: DataMap,
  input: {
    request_id: string
    subject: "customer" | "guest"
    at: Date
    documents: KeptDocument[]
    changed: ErasureCounts
    scan: ResidueScan
    recipients: ErasureReceipt["recipients"]
  },
): ErasureReceipt {
  const personal = map.dataCategories.filter((c) => c.personal)
  const kept = personal
    .filter((c) => c.erasure === "legal_hold")
    .flatMap((c) => {
      if (c.id === "invoice") {
        const until = documentsKeptUntil(map, c.retention, input.documents)
        return until ? [{ category: c.id, name: c.name, why: c.keptBecause!, until: until.toISOString() }] : []
      }
      const rule = map.retention.find((r) => c.retention.includes(r.id))
      return [
        {
          category: c.id,
          name: c.name,
          why: c.keptBecause!,
          until: rule ? addDuration(input.at, rule.keep).toISOString() : null,
        },
      ]
    })
  // Data kept only outside the database (IP addresses in counters and logs) is linked to no one: the
  // erasure has nothing of it to remove, and the receipt does not claim it did.
  const deleted = personal.flatMap((c) =>
    c.storage.tables.length > 0 && (c.erasure === "delete" || c.erasure === "anonymise" || c.erasure === "pseudonymise")
      ? [{ category: c.id, name: c.name, action: c.erasure }]
      : [],
  )
  return {
    request_id: input.request_id,
    erased_at: input.at.toISOString(),
    subject: input.subject,
    deleted,
    kept,
    changed: input.changed,
    scan: input.scan,
    recipients: input.recipients,
  }
}

const WORDS = {
  nl: {
    title: "Ontvangstbewijs: je gegevens zijn verwijderd",
    request: "Verzoek",
    at: "Uitgevoerd op",
    deleted: "Verwijderd of onherkenbaar gemaakt",
    actions: {
      delete: "verwijderd",
      anonymise: "geanonimiseerd",
      pseudonymise: "losgekoppeld van jou (alleen nog onder een willekeurig nummer)",
    },
    kept: "Bewaard, omdat de wet het vraagt",
    until: "tot",
    noKept: "Niets.",
    scan: "Controle achteraf",
    passed:
      "Geslaagd: je e-mailadres, naam, telefoonnummer en adres komen in de hele database nergens meer voor, behalve in de facturen en creditnota's die we moeten bewaren.",
    failed: "Niet geslaagd: een medewerker kijkt de gevonden plekken na en laat je weten wat er is gebeurd.",
    searched: "doorzochte kolommen",
    recipients: "Partijen die we vragen je gegevens ook te verwijderen (art. 19 AVG)",
    noRecipients: "Geen.",
  },
  en: {
    title: "Receipt: your data has been deleted",
    request: "Request",
    at: "Carried out on",
    deleted: "Deleted or made unrecognisable",
    actions: {
      delete: "deleted",
      anonymise: "anonymised",
      pseudonymise: "unlinked from you (kept only under a random number)",
    },
    kept: "Kept, because the law requires it",
    until: "until",
    noKept: "Nothing.",
    scan: "Check afterwards",
    passed:
      "Passed: your e-mail address, name, phone number and address appear nowhere in the whole database any more, except in the invoices and credit notes we must keep.",
    failed: "Not passed: a staff member reviews the places found and tells you what happened.",
    searched: "columns searched",
    recipients: "Parties we ask to delete your data too (art. 19 GDPR)",
    noRecipients: "None.",
  },
} as const

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const day = formatLongDate

/** The receipt as plain lines for the mail body. */
export function receiptSummary(receipt: ErasureReceipt, locale: PrivacyLocale): string {
  const w = WORDS[locale]
  const kept = receipt.kept.map(
    (k) => `- ${k.name[locale]}${k.until ? ` (${w.until} ${day(k.until, locale)})` : ""}: ${k.why[locale]}`,
  )
  return [
    `${w.deleted}:`,
    ...receipt.deleted.map((d) => `- ${d.name[locale]}: ${w.actions[d.action]}`),
    "",
    `${w.kept}:`,
    ...(kept.length ? kept : [w.noKept]),
    "",
    `${w.scan}: ${receipt.scan.passed ? w.passed : w.failed}`,
  ].join("\n")
}

/** The receipt as a standalone HTML document (the mail's attachment, and what the privacy desk shows). */
export function receiptHtml(receipt: ErasureReceipt, locale: PrivacyLocale): string {
  const w = WORDS[locale]
  const list = (items: string[], empty: string) =>
    items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>` : `<p>${empty}</p>`
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${w.title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style></head><body>
<h1>${w.title}</h1>
<p>${w.request}: ${escape(receipt.request_id)} · ${w.at}: ${day(receipt.erased_at, locale)}</p>
<h2>${w.deleted}</h2>${list(
    receipt.deleted.map((d) => `${escape(d.name[locale])}: ${w.actions[d.action]}`),
    w.noKept,
  )}
<h2>${w.kept}</h2>${list(
    receipt.kept.map(
      (k) =>
        `<strong>${escape(k.name[locale])}</strong>${k.until ? ` (${w.until} ${day(k.until, locale)})` : ""}: ${escape(k.why[locale])}`,
    ),
    w.noKept,
  )}
<h2>${w.scan}</h2><p data-scan="${receipt.scan.passed ? "passed" : "failed"}">${receipt.scan.passed ? w.passed : w.failed} (${receipt.scan.columns} ${w.searched})</p>
<h2>${w.recipients}</h2>${list(
    receipt.recipients.filter((r) => r.state === "pending").map((r) => escape(r.party)),
    w.noRecipients,
  )}
</body></html>`
}
