import { addDuration, allows, dataMapFromEnv, ROLE_IDS, ROLES } from "@helder/privacy"
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test"
import { CHOSE_NECESSARY } from "./global-setup"
import {
  adminApi,
  adminLogin,
  createStaff,
  logIn,
  mailTo,
  registerAndVerify,
  sessionCall,
  uniqueEmail,
} from "./support"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"
const PASSWORD = "lamp-kap-messing-47"
const map = dataMapFromEnv(process.env)

// What staff read on the desk (Medusa Admin speaks Dutch to Helder's staff).
const KIND = {
  export: "Inzage / kopie",
  erasure: "Verwijderen",
  correction: "Correctie",
  restriction: "Beperking (art. 18)",
  objection: "Bezwaar (art. 21)",
} as const
const CHANNEL = {
  self_service: "Account",
  guest: "Gastformulier",
  staff: "Brief / e-mail",
  retention: "Bewaartermijn (inactief account)",
} as const
const STATUS: Record<string, string> = {
  awaiting_verification: "Wacht op bevestiging",
  received: "Ontvangen",
  scheduled: "Gepland",
  deferred: "Uitgesteld",
  completed: "Afgehandeld",
  rejected: "Afgewezen",
  cancelled: "Ingetrokken",
}
const OPEN = ["awaiting_verification", "received", "scheduled", "deferred"]
/** The button that carries out an open request, by its kind. */
const CARRY_OUT = {
  export: "Export maken",
  erasure: "Nu verwijderen",
  correction: "Correctie afgerond",
  restriction: "Beperking instellen",
  objection: "Bezwaar toekennen",
} as const
const DESK_BUTTONS = new RegExp(
  `^(Identiteit gecontroleerd|Verleng 1 maand|Afwijzen|${Object.values(CARRY_OUT).join("|")})$`,
)

type Notice = { id: string; party: string; state: string; notified_at: string | null; note: string | null }
/** A request as GET /admin/privacy-requests/:id answers it. */
type Held = {
  id: string
  kind: keyof typeof KIND
  channel: keyof typeof CHANNEL
  status: string
  email: string | null
  details: string | null
  received_at: string
  due_at: string
  extension_reason: string | null
  identity_status: string
  identity_method: string | null
  rejected_reason: string | null
  overdue: boolean
  receipt?: { scan: { passed: boolean; columns: number } } | null
  notices?: Notice[]
}
type Owner = Awaited<ReturnType<typeof adminApi>>

/** One request as the backend holds it, found by its requester's address among the newest. */
async function heldFor(owner: Owner, email: string): Promise<Held> {
  const { requests } = (await owner.get("/admin/privacy-requests?status=all&limit=100")) as { requests: Held[] }
  const found = requests.find((r) => r.email === email)
  if (!found) throw new Error(`no privacy request from ${email}`)
  return held(owner, found.id)
}
const held = async (owner: Owner, id: string) =>
  ((await owner.get(`/admin/privacy-requests/${id}`)) as { request: Held }).request

/** Dates as the desk shows them: formatted by the staff member's own browser. */
const shownDates = (page: Page, isos: (string | null)[]) =>
  page.evaluate(
    (list) =>
      list.map((iso) =>
        iso ? new Date(iso).toLocaleDateString("nl-NL", { day: "numeric", month: "short", year: "numeric" }) : "—",
      ),
    isos,
  )

/** The buttons DeskActions offers for a request in this state: none once it is closed. */
function deskButtons(request: Held): string[] {
  if (!OPEN.includes(request.status)) return []
  return [
    ...(request.identity_status === "verified" ? [] : ["Identiteit gecontroleerd"]),
    "Verleng 1 maand",
    CARRY_OUT[request.kind],
    "Afwijzen",
  ]
}

/**
 * RequestDetail shows the request as the backend holds it: the kind and the requester's address in clear (the
 * privacy desk is exempt from masking; an erased request has none left), when it came in and how, when it is due
 * and why later, the identity check, the requester's own words, a rejection's reason, and the actions of its state.
 */
async function expectDetail(page: Page, detail: Locator, request: Held) {
  const [received, due] = await shownDates(page, [request.received_at, request.due_at])
  await expect(detail.getByRole("heading", { level: 3 })).toHaveText(
    `${KIND[request.kind]} · ${request.email ?? "(adres gewist)"}`,
  )
  const identity =
    request.identity_status === "verified" ? `gecontroleerd (${request.identity_method})` : "nog niet gecontroleerd"
  const extended = request.extension_reason ? ` (verlengd: ${request.extension_reason})` : ""
  await expect(detail).toContainText(
    `Ontvangen ${received} via ${CHANNEL[request.channel]} · uiterlijk ${due}${extended} · identiteit: ${identity}`,
  )
  if (request.details) await expect(detail).toContainText(request.details)
  if (request.rejected_reason) await expect(detail).toContainText(`Afgewezen: ${request.rejected_reason}`)
  else await expect(detail).not.toContainText("Afgewezen:")
  // Nothing on the desk is masked: a masked character would mean the page shows what staff cannot use.
  await expect(detail).not.toContainText("•")
  const buttons = detail.getByRole("button", { name: DESK_BUTTONS })
  const expected = deskButtons(request)
  if (expected.length) await expect(buttons).toHaveText(expected)
  else await expect(buttons).toHaveCount(0)
}

/** A shopper's own browser on the storefront, a returning visitor who chose "necessary only". */
const shopperPage = (browser: Browser) =>
  browser.newPage({
    baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000",
    locale: "nl-NL",
    storageState: CHOSE_NECESSARY,
  })

/** A new customer sends a request for the desk from their account page, as data-rights.spec.ts does. */
async function askFromAccount(browser: Browser, label: string, kind: string, details: string): Promise<string> {
  const shopper = await shopperPage(browser)
  const email = uniqueEmail(label)
  await registerAndVerify(shopper, email, PASSWORD)
  await logIn(shopper, email, PASSWORD)
  const form = shopper.getByTestId("account-request")
  await form.getByLabel(kind).check()
  await form.getByLabel("Toelichting (nodig bij een correctie)").fill(details)
  await form.getByRole("button", { name: "Verzoek versturen" }).click()
  await expect(shopper.getByTestId("account-request-received")).toBeVisible()
  await shopper.close()
  return email
}

/** The innermost block around a landmark of the page: the list's header (its filter) or the log form. */
const blockAround = (page: Page, landmark: Locator) => page.locator("div").filter({ has: landmark }).last()
const statusFilter = (page: Page) =>
  blockAround(page, page.getByRole("heading", { name: "Privacyverzoeken", exact: true })).getByRole("combobox")
const logForm = (page: Page) => blockAround(page, page.getByRole("button", { name: "Verzoek vastleggen" }))

async function openDesk(page: Page) {
  await page.goto(`${backendUrl}/app/privacy-requests`)
  await expect(page.getByRole("heading", { name: "Privacyverzoeken", exact: true })).toBeVisible()
}

// Staff log in with a code that changes every 30 seconds: a login may wait for the next one. The last test reads
// the list the earlier ones left.
test.describe.configure({ mode: "serial", timeout: 180_000 })

test("[P-right-identity] the privacy desk opens a customer's correction request as the backend holds it, extends its term with a reason up to the legal limit, and rejects it with a reason", async ({
  page,
  browser,
  request,
}) => {
  const details = "Mijn achternaam is de Vries-Jansen, niet de Vries."
  const email = await askFromAccount(browser, "balie-correctie", "Iets corrigeren", details)
  const owner = await adminApi(request)
  let current = await heldFor(owner, email)
  // The session was the identity check, and the answer is due one month after the request came in.
  expect(current).toMatchObject({
    kind: "correction",
    channel: "self_service",
    status: "received",
    identity_status: "verified",
    identity_method: "session",
    details,
  })
  const received = new Date(current.received_at)
  expect(new Date(current.due_at)).toEqual(addDuration(received, map.requests.answerWithin))

  await adminLogin(page)
  await openDesk(page)
  const row = page.getByRole("row").filter({ hasText: email })
  await expect(row.getByRole("cell").last()).toHaveText(STATUS[current.status]!)
  await row.click()
  const detail = page.locator(`[data-request="${current.id}"]`)
  await expectDetail(page, detail, current)
  const reason = detail.getByPlaceholder(/^Reden/)

  // A rejection without a reason is refused with the backend's words, and changes nothing.
  await detail.getByRole("button", { name: "Afwijzen" }).click()
  await expect(detail.getByText("reason: give a reason (at least 5 characters)")).toBeVisible()
  expect(await held(owner, current.id)).toMatchObject({ status: "received", rejected_reason: null })

  // Each extension adds a month with its reason, until the term reaches its legal end (art. 12(3)).
  const latest = addDuration(addDuration(received, map.requests.answerWithin), map.requests.extendableBy)
  const reasons: string[] = []
  while (addDuration(new Date(current.due_at), { months: 1 }).getTime() <= latest.getTime()) {
    const due = addDuration(new Date(current.due_at), { months: 1 })
    reasons.push(`veel gegevens na te lopen, ronde ${reasons.length + 1}`)
    await reason.fill(reasons.at(-1)!)
    await detail.getByRole("button", { name: "Verleng 1 maand" }).click()
    const [shown] = await shownDates(page, [due.toISOString()])
    await expect(detail).toContainText(`uiterlijk ${shown} (verlengd: ${reasons.join(" ")})`)
    current = await held(owner, current.id)
    expect(new Date(current.due_at)).toEqual(due)
    expect(current.extension_reason).toBe(reasons.join("\n"))
    await expectDetail(page, detail, current)
  }
  expect(reasons.length).toBeGreaterThan(0)
  const extended = await mailTo(email, "We hebben meer tijd nodig voor je privacyverzoek")
  expect(extended.text).toContain(reasons[0])
  await reason.fill("nog meer tijd nodig")
  await detail.getByRole("button", { name: "Verleng 1 maand" }).click()
  await expect(detail.getByText(`extended to ${latest.toISOString().slice(0, 10)} at most`)).toBeVisible()
  expect(await held(owner, current.id)).toMatchObject({ due_at: current.due_at, status: "received" })

  const rejection = "De naam op je account is al de Vries-Jansen; er valt niets te corrigeren."
  await reason.fill(rejection)
  await detail.getByRole("button", { name: "Afwijzen" }).click()
  await expect(detail).toContainText(`Afgewezen: ${rejection}`)
  current = await held(owner, current.id)
  expect(current).toMatchObject({ status: "rejected", rejected_reason: rejection })
  await expectDetail(page, detail, current)
  // The list shows open requests: this one has left it; the requester hears why.
  await expect(row).toHaveCount(0)
  expect((await mailTo(email, "We kunnen je privacyverzoek niet uitvoeren")).text).toContain(rejection)
})

test("a letter asking for erasure: the desk logs it, erases once the identity is checked, shows the receipt, and marks each art. 19 recipient the backend opened as told or not needed", async ({
  page,
  browser,
  request,
}) => {
  // A shopper's own erasure waits out their 24-hour undo window, which staff cannot cut short; one that came
  // by letter runs when staff say so. The address belongs to a real account, of someone no other test shares a
  // name, street or phone with (the residue scan would rightly count those as theirs).
  const shopper = await shopperPage(browser)
  const email = uniqueEmail("balie-brief")
  const digits = String(Math.random()).slice(2, 10).padEnd(8, "7")
  const letters = [...digits].map((d) => "abcdefghij"[Number(d)]).join("")
  await registerAndVerify(shopper, email, PASSWORD, {
    firstName: "Brecht",
    lastName: `Terlinden-${letters}`,
    street: `Postweg ${letters} ${digits.slice(0, 3)}`,
    phone: `06 ${digits}`,
  })
  await shopper.close()

  await adminLogin(page)
  await openDesk(page)
  const letter = "Brief van de klant, ontvangen per post"
  const form = logForm(page)
  await form.getByRole("combobox").click()
  await page.getByRole("option", { name: KIND.erasure, exact: true }).click()
  await form.getByPlaceholder("E-mailadres").fill(email)
  await form.getByPlaceholder(/^Notitie \(bijv\./).fill(letter)
  await form.getByRole("button", { name: "Verzoek vastleggen" }).click()
  await page.getByRole("row").filter({ hasText: email }).click()

  const owner = await adminApi(request)
  let current = await heldFor(owner, email)
  expect(current).toMatchObject({
    kind: "erasure",
    channel: "staff",
    status: "received",
    identity_status: "pending",
    details: letter,
  })
  const detail = page.locator(`[data-request="${current.id}"]`)
  await expectDetail(page, detail, current)
  const reason = detail.getByPlaceholder(/^Reden/)

  await reason.fill("verzoek per brief")
  await detail.getByRole("button", { name: "Nu verwijderen" }).click()
  await expect(detail.getByText("Verify the requester's identity before erasing anything.")).toBeVisible()
  expect(await held(owner, current.id)).toMatchObject({ status: "received", email })

  await reason.fill("handtekening vergeleken met de bestelling")
  await detail.getByRole("button", { name: "Identiteit gecontroleerd" }).click()
  await expect(detail).toContainText("identiteit: gecontroleerd (staff: handtekening vergeleken met de bestelling)")
  current = await held(owner, current.id)
  expect(current).toMatchObject({ identity_status: "verified", status: "received" })
  await expectDetail(page, detail, current)

  await reason.fill("verzoek per brief, identiteit gecontroleerd")
  await detail.getByRole("button", { name: "Nu verwijderen" }).click()
  await expect(detail.getByRole("heading", { level: 3 })).toHaveText(`${KIND.erasure} · (adres gewist)`)
  current = await held(owner, current.id)
  expect(current).toMatchObject({ status: "completed", email: null, details: null })
  await expectDetail(page, detail, current)
  await expect(page.getByText(email)).toHaveCount(0)
  const { scan } = current.receipt!
  await expect(detail).toContainText(
    `Restcontrole: ${scan.passed ? "geslaagd" : "NIET geslaagd"} (${scan.columns} kolommen) · ontvangstbewijs`,
  )
  const receipt = detail.getByRole("link", { name: "ontvangstbewijs" })
  await expect(receipt).toHaveAttribute("href", `/admin/privacy-requests/${current.id}/receipt`)
  expect((await page.request.get(`${backendUrl}/admin/privacy-requests/${current.id}/receipt`)).status()).toBe(200)

  // Every recipient the backend opened a notice for, in its order, waiting to be told.
  const notices = current.notices!
  expect(notices.length).toBeGreaterThan(0)
  await expect(detail.getByText("Ontvangers informeren (art. 19 AVG)")).toBeVisible()
  const rowOf = (notice: Notice) => detail.getByText(notice.party, { exact: true }).locator("..")
  for (const notice of notices) {
    expect(notice.state).toBe("pending")
    await expect(rowOf(notice).getByRole("button")).toHaveText(["Gemeld", "Niet nodig"])
  }
  // Staff mark them in turn, told or not needed, each with its own note.
  const notes = detail.getByPlaceholder(/^Notitie \(hoe en wanneer gemeld\)/)
  for (const [i, notice] of notices.entries()) {
    const state = i % 2 === 0 ? "notified" : "not_needed"
    const note = `${notice.party}: ${state === "notified" ? "per e-mail gemeld" : "kreeg niets van deze klant"}`
    await notes.fill(note)
    await rowOf(notice)
      .getByRole("button", { name: state === "notified" ? "Gemeld" : "Niet nodig" })
      .click()
    await expect(rowOf(notice).getByRole("button")).toHaveCount(0)
    const marked = (await held(owner, current.id)).notices!.find((n) => n.id === notice.id)!
    expect(marked).toMatchObject({ state, note })
    const [on] = await shownDates(page, [marked.notified_at])
    await expect(rowOf(notice)).toHaveText(`${notice.party}${state === "notified" ? `gemeld ${on}` : "niet nodig"}`)
  }
  await expect(notes).toHaveCount(0)
})

test("[P-staff-roles] staff whose role lacks the privacy desk neither open it nor read, list or act on a request", async ({
  page,
  browser,
  request,
}) => {
  const email = await askFromAccount(
    browser,
    "balie-beperking",
    "Het gebruik van mijn gegevens beperken",
    "Ik betwist dat mijn adres klopt.",
  )
  const owner = await adminApi(request)
  const before = await heldFor(owner, email)
  const roles = ROLE_IDS.filter((role) => !allows(role, "privacy"))
  expect(roles.length).toBeGreaterThan(0)
  for (const role of roles) {
    const staff = await createStaff(role, { twoFactor: ROLES[role].twoFactor })
    await page.context().clearCookies()
    await adminLogin(page, staff)
    await page.goto(`${backendUrl}/app/privacy-requests`)
    await expect(page.getByTestId("closed-for-role")).toContainText(
      `Je rol (${ROLES[role].name.nl}) geeft geen toegang tot dit onderdeel.`,
    )
    await expect(page.getByText(email)).toHaveCount(0)
    for (const [path, body] of [
      [`/admin/privacy-requests/${before.id}`, undefined],
      ["/admin/privacy-requests?status=all", undefined],
      [`/admin/privacy-requests/${before.id}/actions`, { action: "reject", reason: "geen reden, wel een test" }],
    ] as const) {
      const { status } = await sessionCall(page, path, body)
      expect({ role, path, status }).toEqual({ role, path, status: 403 })
    }
  }
  expect(await held(owner, before.id)).toEqual(before)
})

test("the desk's list shows, under each status filter, every request the backend answers with: received, kind, requester and channel, due date, identity and status", async ({
  page,
  request,
}) => {
  const owner = await adminApi(request)
  await adminLogin(page)
  await openDesk(page)
  const filters = [
    ["open", "Open"],
    ["completed", "Afgehandeld"],
    ["rejected", "Afgewezen"],
    ["all", "Alle"],
  ] as const
  for (const [status, label] of filters) {
    await statusFilter(page).click()
    await page.getByRole("option", { name: label, exact: true }).click()
    await expect(statusFilter(page)).toHaveText(label)
    const { requests } = (await owner.get(`/admin/privacy-requests?status=${status}&limit=100`)) as {
      requests: Held[]
    }
    // The tests above leave an open, a rejected and a completed request.
    expect({ status, listed: requests.length > 0 }).toEqual({ status, listed: true })
    const rows = page.locator("tbody tr")
    await expect(rows).toHaveCount(requests.length)
    for (const [i, r] of requests.entries()) {
      const [received, due] = await shownDates(page, [r.received_at, r.due_at])
      await expect(rows.nth(i).getByRole("cell")).toHaveText([
        received!,
        KIND[r.kind],
        `${r.email ?? "—"} ${CHANNEL[r.channel]}`,
        `${due}${r.overdue ? " te laat" : ""}`,
        r.identity_status === "verified" ? "gecontroleerd" : "open",
        STATUS[r.status] ?? r.status,
      ])
    }
  }
})
