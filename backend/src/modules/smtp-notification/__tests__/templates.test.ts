import { promisesOn } from "@helder/privacy"
import { MAIL_TEMPLATES, renderMail, SIGNATURE } from "../templates"

const link = "http://localhost:8000/nl/account/verify?token=a&b=<c>"
// Every link a template can carry gets the same tricky value, so escaping is checked for each.
const data = {
  first_name: "Anna",
  name: "Anna de Vries",
  subject: "Nieuw: de Nova",
  body: "Nieuwe lampen.",
  unsubscribe_link: link,
  link,
  order_number: "1001",
  invoice_number: "2026-000001",
  total: "€ 24,95",
  link_days: "60",
  credit_note_number: "C2026-000001",
  return_id: "return_01",
  items: "1 × Hanglamp Nova",
  address: "Helder\nHoofdstraat 1",
  statement: "Hierbij deel ik u mede…",
  received_at: "23 november 2026 om 10:15",
  next_steps: "Stuur de artikelen terug.",
  deadline: "7-12-2026",
  scheduled_for: "24 november 2026 om 10:15",
  orders: "#1001",
  retry_at: "8 december 2026",
  erased_at: "24 november 2026 om 10:15",
  summary: "Verwijderd: je account.",
  kind: "inzage",
  hours: "24",
  term: "3 jaar",
  erase_on: "23 december 2026",
  request_id: "dreq_01",
  hits: "product.description (1)",
  failures: "5",
  reason: "Veel bestellingen na te gaan",
  due_date: "23 februari 2027",
  note: "Achternaam aangepast",
}

describe("renderMail", () => {
  it.each(MAIL_TEMPLATES)("renders %s in Dutch and English with the link in text and HTML", (template) => {
    const nl = renderMail(template, { ...data, locale: "nl" })
    const en = renderMail(template, { ...data, locale: "en" })
    if (template !== "newsletter") expect(nl.subject).not.toEqual(en.subject)
    expect(nl.html).toContain('lang="nl"')
    if (nl.text.includes("http")) {
      expect(nl.text).toContain(data.link)
      expect(nl.html).toContain("token=a&amp;b=&lt;c&gt;")
    }
  })

  it("defaults to Dutch and refuses unknown templates or missing data", () => {
    expect(renderMail("password-changed", {}).subject).toBe("Je wachtwoord is gewijzigd")
    expect(() => renderMail("nope", {})).toThrow(/unknown mail template/)
    expect(() => renderMail("verify-email", { link: "x" })).toThrow(/first_name/)
  })
})

describe("the promises of the mails", () => {
  const mailPromises = new Set(promisesOn("mail").map((p) => p.id))
  const dataValues = new Set(Object.values(data))
  const rendered = MAIL_TEMPLATES.flatMap((template) =>
    (["nl", "en"] as const).map((locale) => ({ template, locale, mail: renderMail(template, { ...data, locale }) })),
  )

  it("[ledger] marks every paragraph of every mail, in both languages: the promises it makes or none; only the greeting, the signature and text the mail merely carries go unmarked", () => {
    const unmarked: string[] = []
    const unknown: string[] = []
    for (const { template, locale, mail } of rendered) {
      mail.paragraphs.forEach((paragraph, i) => {
        const exempt =
          (i === 0 && /^(Hallo|Hello)\b/.test(paragraph.text)) ||
          paragraph.text === SIGNATURE[locale] ||
          dataValues.has(paragraph.text)
        if (paragraph.promises === null && !exempt)
          unmarked.push(`${template} (${locale}): ${paragraph.text.slice(0, 60)}`)
        for (const id of paragraph.promises ?? [])
          if (!mailPromises.has(id)) unknown.push(`${template} (${locale}): ${id} is not a mail promise of the ledger`)
      })
      // The marker leaves the text and is the paragraph's data-promise in the HTML.
      expect(mail.text).not.toContain("⟦")
      expect(mail.html.match(/data-promise="/g)?.length ?? 0).toBe(
        mail.paragraphs.filter((p) => p.promises?.length).length,
      )
    }
    expect(unmarked).toEqual([])
    expect(unknown).toEqual([])
  })

  it("[ledger] says every mail promise of the ledger in some mail, and makes the same promises in Dutch and English", () => {
    const said = new Set(rendered.flatMap(({ mail }) => mail.paragraphs.flatMap((p) => p.promises ?? [])))
    expect([...mailPromises].filter((id) => !said.has(id))).toEqual([])
    for (const template of MAIL_TEMPLATES) {
      const [nl, en] = rendered
        .filter((r) => r.template === template)
        .map(({ mail }) => mail.paragraphs.map((p) => p.promises?.join(" ") ?? null))
      expect([template, en]).toEqual([template, nl])
    }
  })
})
