import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dataMapFromEnv, retentionCutoff } from "@helder/privacy"
import { RetentionBusyError, RUN_LOCK_KEY, runRetention } from "../../../src/workflows/retention/run-retention"
import { ACCOUNT_MODULE } from "../../../src/modules/account"
import type AccountModuleService from "../../../src/modules/account/service"
import { ANALYTICS_MODULE } from "../../../src/modules/analytics"
import type AnalyticsModuleService from "../../../src/modules/analytics/service"
import { AUDIT_MODULE } from "../../../src/modules/audit"
import type AuditModuleService from "../../../src/modules/audit/service"
import { CONSENT_MODULE } from "../../../src/modules/consent"
import type ConsentModuleService from "../../../src/modules/consent/service"
import { CONTACT_MODULE } from "../../../src/modules/contact"
import type ContactModuleService from "../../../src/modules/contact/service"
import { NEWSLETTER_MODULE } from "../../../src/modules/newsletter"
import type NewsletterModuleService from "../../../src/modules/newsletter/service"
import { PRIVACY_REQUEST_MODULE } from "../../../src/modules/privacy-request"
import type PrivacyRequestModuleService from "../../../src/modules/privacy-request/service"
import { RETENTION_MODULE } from "../../../src/modules/retention"
import type RetentionModuleService from "../../../src/modules/retention/service"
import { adminHeaders, eventually, failure, moveClock } from "../helpers"

jest.setTimeout(300 * 1000)

const NOW = new Date("2026-11-23T10:00:00Z")
const DAY = 24 * 60 * 60 * 1000
const map = dataMapFromEnv(process.env)
/** Just inside the rule's term (stays) and just past it (goes), as starts of the term. */
const around = (rule: string) => {
  const cutoff = retentionCutoff(
    map.retention.find((r) => r.id === rule)!,
    NOW,
  ).getTime()
  return { inside: new Date(cutoff + 2 * 60 * 60 * 1000), past: new Date(cutoff - 2 * 60 * 60 * 1000) }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    beforeEach(() => moveClock(getContainer(), NOW))
    afterEach(() => moveClock(getContainer()))

    /** One record just inside and one just past each rule's term; returns the ids that must go. */
    async function seedAroundTheTerms() {
      const container = getContainer()
      const expired: Record<string, string> = {}
      const kept: Record<string, string[]> = {}
      const note = (rule: string, past: string, ...inside: string[]) => ((expired[rule] = past), (kept[rule] = inside))

      const sessions = around("sessions")
      const account = container.resolve<AccountModuleService>(ACCOUNT_MODULE)
      const [oldSession, newSession] = await account.createCustomerSessions(
        [sessions.past, sessions.inside].map((at, i) => ({
          customer_id: "cus_retention",
          secret_hash: `hash-${i}`,
          expires_at: at,
          last_seen_at: at,
        })),
      )
      note("sessions", oldSession!.id, newSession!.id)

      const events = around("analytics-events")
      const analytics = container.resolve<AnalyticsModuleService>(ANALYTICS_MODULE)
      const [oldEvent, newEvent] = await analytics.createAnalyticsEvents(
        [events.past, events.inside].map((at) => ({
          name: "page_view" as const,
          path: "/nl",
          device_class: "desktop" as const,
          visitor_key: "k",
          locale: "nl" as const,
          occurred_at: at,
        })),
      )
      note("analytics-events", oldEvent!.id, newEvent!.id)

      const answered = around("contact-messages")
      const contact = container.resolve<ContactModuleService>(CONTACT_MODULE)
      const [oldMessage, newMessage, unanswered] = await contact.createContactMessages(
        [answered.past, answered.inside, null].map((at) => ({
          name: "Anna",
          email: "anna@example.nl",
          message: "Een vraag over een lamp",
          answered_at: at,
        })),
      )
      note("contact-messages", oldMessage!.id, newMessage!.id, unanswered!.id)

      const closed = around("data-requests")
      const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
      const request = (status: "completed" | "received", completed_at: Date | null) => ({
        kind: "export" as const,
        channel: "staff" as const,
        status,
        subject_hash: "h",
        received_at: new Date("2020-01-01"),
        due_at: new Date("2020-02-01"),
        completed_at,
      })
      const [oldRequest, newRequest, open] = await requests.createDataRequests([
        request("completed", closed.past),
        request("completed", closed.inside),
        request("received", null),
      ])
      note("data-requests", oldRequest!.id, newRequest!.id, open!.id)

      const choices = around("consent-records")
      const consent = container.resolve<ConsentModuleService>(CONSENT_MODULE)
      const [oldChoice, newChoice] = await consent.createConsentRecords(
        [choices.past, choices.inside].map((at) => ({
          consent_id: "0b6f7c55-3c43-4e8a-9d0e-4f7c2f1a9e11",
          categories: ["necessary"],
          policy_version: "2026-11-23",
          text_hash: "0".repeat(64),
          locale: "nl" as const,
          source: "banner" as const,
          given_at: new Date("2020-01-01"),
          expires_at: at,
        })),
      )
      note("consent-records", oldChoice!.id, newChoice!.id)

      const left = around("newsletter")
      const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
      const [oldSubscription, newSubscription, subscribed] = await newsletter.createNewsletterSubscriptions([
        { email: "weg@example.nl", status: "unsubscribed" as const, unsubscribed_at: left.past },
        { email: "net-weg@example.nl", status: "unsubscribed" as const, unsubscribed_at: left.inside },
        { email: "blijft@example.nl", status: "confirmed" as const, confirmed_at: left.past },
      ])
      await newsletter.createNewsletterConsentEvents([
        { subscription_id: oldSubscription!.id, action: "unsubscribed" as const, source: "link" },
      ])
      note("newsletter", oldSubscription!.id, newSubscription!.id, subscribed!.id)

      // Sign-ups never confirmed count from the last sign-up (the row's last change); a confirmed one is not theirs to
      // remove.
      const signedUp = around("newsletter-unconfirmed")
      const [unconfirmedOld, unconfirmedNew] = await newsletter.createNewsletterSubscriptions([
        { email: "nooit-bevestigd@example.nl", status: "pending" as const },
        { email: "net-aangemeld@example.nl", status: "pending" as const },
      ])
      await newsletter.createNewsletterConsentEvents([
        { subscription_id: unconfirmedOld!.id, action: "requested" as const, source: "footer" },
      ])
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      for (const [row, at] of [
        [unconfirmedOld!, signedUp.past],
        [unconfirmedNew!, signedUp.inside],
      ] as const) {
        await pg.raw(`update newsletter_subscription set created_at = ?, updated_at = ? where id = ?`, [at, at, row.id])
      }
      note("newsletter-unconfirmed", unconfirmedOld!.id, unconfirmedNew!.id, subscribed!.id)

      const logged = around("audit-log")
      const audit = container.resolve<AuditModuleService>(AUDIT_MODULE)
      const [oldEntry, newEntry] = await audit.createAuditEvents(
        [logged.past, logged.inside].map((at) => ({
          actor_type: "user" as const,
          actor_id: "user_1",
          action: "reveal",
          subject_type: "customer" as const,
          subject_id: "cus_1",
          occurred_at: at,
        })),
      )
      note("audit-log", oldEntry!.id, newEntry!.id)

      // Stored copies of sent mail (Medusa's notification module keeps one per mail).
      const sent = around("sent-mails")
      for (const [id, at] of [
        ["noti_retention_old", sent.past],
        ["noti_retention_new", sent.inside],
      ] as const) {
        await pg.raw(
          `insert into notification (id, "to", channel, template, data, status, created_at) values (?, 'anna@example.nl', 'email', 'order-delivered', '{"order_number":"1001"}', 'success', ?)`,
          [id, at],
        )
      }
      note("sent-mails", "noti_retention_old", "noti_retention_new")
      return { expired, kept }
    }

    const TABLES: Record<string, string> = {
      sessions: "customer_session",
      "analytics-events": "analytics_event",
      "contact-messages": "contact_message",
      "consent-records": "consent_record",
      newsletter: "newsletter_subscription",
      "newsletter-unconfirmed": "newsletter_subscription",
      "data-requests": "data_request",
      "audit-log": "audit_event",
      "sent-mails": "notification",
    }
    const idsIn = async (table: string) =>
      (
        (await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`select id from ??`, [table]))
          .rows as { id: string }[]
      )
        .map((r) => r.id)
        .sort()

    it("[P-retention-terms] [P-contact-answer] removes per rule exactly what is past its term and keeps what is just inside it; the dry run reports exactly that first", async () => {
      const { expired, kept } = await seedAroundTheTerms()
      const before = Object.fromEntries(
        await Promise.all(Object.entries(TABLES).map(async ([rule, table]) => [rule, await idsIn(table)])),
      )

      const preview = (await runRetention(getContainer(), { dryRun: true, trigger: "cli" }))!
      for (const [rule, id] of Object.entries(expired)) {
        expect(preview.steps.find((s) => s.rule === rule)).toMatchObject({ rows: 1, samples: [id] })
      }
      for (const [rule, table] of Object.entries(TABLES))
        expect([rule, await idsIn(table)]).toEqual([rule, before[rule]])

      const run = (await runRetention(getContainer(), { dryRun: false, trigger: "cli", batchSize: 1 }))!
      expect(run.steps.map((s) => [s.rule, s.rows])).toEqual(preview.steps.map((s) => [s.rule, s.rows]))
      for (const [rule, table] of Object.entries(TABLES)) {
        const after = await idsIn(table)
        // Several rules may share a table (the newsletter's): each removes its own row.
        const gone = Object.entries(TABLES)
          .filter(([, other]) => other === table)
          .map(([other]) => expired[other])
        expect([rule, after]).toEqual([rule, before[rule]!.filter((id: string) => !gone.includes(id)).sort()])
        expect(after).toEqual(expect.arrayContaining(kept[rule]!))
      }

      const log = getContainer().resolve<RetentionModuleService>(RETENTION_MODULE)
      const [logged] = await log.listRetentionRuns({ id: run.run_id }, { relations: ["steps"] })
      expect(logged).toMatchObject({ status: "completed", dry_run: false, trigger: "cli", as_of: NOW })
      expect(
        logged!.steps
          .filter((s) => s.rows > 0)
          .map((s) => [s.rule, s.rows, s.batches])
          .sort(),
      ).toEqual(
        Object.keys(TABLES)
          .map((rule) => [rule, 1, 1])
          .sort(),
      )
      expect(logged!.steps.map((s) => s.rule)).toEqual(
        expect.arrayContaining(map.retention.filter((r) => !r.outside).map((r) => r.id)),
      )
      expect(await idsIn("newsletter_consent_event")).toEqual([])

      // Nothing is left past its term: a second run changes nothing.
      expect(
        (await runRetention(getContainer(), { dryRun: false, trigger: "cli" }))!.steps.every((s) => s.rows === 0),
      ).toBe(true)
    })

    it("runs a scheduled tick once however many workers fire it, and refuses a second run while one holds the lock", async () => {
      const container = getContainer()
      const slot = "schedule:2026-11-23T03:30:00.000Z"
      const fired = await Promise.all(
        [0, 1, 2].map(() =>
          runRetention(container, { dryRun: false, trigger: "schedule", slot }).catch((e: Error) => e),
        ),
      )
      // One worker runs the tick; the others find it taken (null) or the lock held (refused).
      expect(fired.filter((r) => r && !(r instanceof Error))).toHaveLength(1)
      expect(fired.filter((r) => r instanceof Error).every((e) => e instanceof RetentionBusyError)).toBe(true)
      const log = container.resolve<RetentionModuleService>(RETENTION_MODULE)
      expect(await log.listRetentionRuns({ slot })).toHaveLength(1)
      expect(await runRetention(container, { dryRun: false, trigger: "schedule", slot })).toBeNull()

      const staff = await adminHeaders(container, api)
      // Another process holding the run lock: a connection of its own, as a second worker's would be.
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const other = await pg.client.acquireConnection()
      let refused: { status: number; data: { message: string } } | undefined
      try {
        await other.query("select pg_advisory_lock(hashtext($1))", [RUN_LOCK_KEY])
        await expect(runRetention(container, { dryRun: false, trigger: "cli" })).rejects.toThrow(RetentionBusyError)
        refused = await failure(api.post("/admin/retention/runs", {}, staff))
        // A preview changes nothing and needs no lock.
        expect((await api.post("/admin/retention/preview", {}, staff)).status).toBe(200)
      } finally {
        await other.query("select pg_advisory_unlock(hashtext($1))", [RUN_LOCK_KEY])
        await pg.client.releaseConnection(other)
      }
      expect(refused?.status).toBe(409)
      expect(refused?.data.message).toMatch(/A retention run .*is in progress; try again when it has finished/)
    })

    it("[P-retention-nightly] shows staff the rules from the data map, the next run, the last runs with their steps, and runs a preview and a real run", async () => {
      const container = getContainer()
      const staff = await adminHeaders(container, api)
      expect((await failure(api.get("/admin/retention"))).status).toBe(401)
      expect((await failure(api.post("/admin/retention/preview", { dry_run: false }, staff))).status).toBe(400)

      const { data: preview } = await api.post("/admin/retention/preview", {}, staff)
      expect(preview.dry_run).toBe(true)
      expect(preview.steps.map((s: { rule: string }) => s.rule)).toEqual(
        expect.arrayContaining(map.retention.filter((r) => !r.outside).map((r) => r.id)),
      )
      const { data: started, status } = await api.post("/admin/retention/runs", {}, staff)
      expect(status).toBe(202)
      const log = container.resolve<RetentionModuleService>(RETENTION_MODULE)
      // Until the run is done, however busy the machine (a fixed 10 s was too short under load).
      const finished = await eventually(async () => {
        const [run] = await log.listRetentionRuns({ id: started.run_id })
        return run?.status !== "running" ? run : undefined
      })
      expect(finished).toMatchObject({ status: "completed", trigger: "staff", dry_run: false })

      // The next run is computed while the request runs: it lies after the moment before it, and within a day of the
      // moment after.
      const asked = Date.now()
      const { data } = await api.get("/admin/retention", staff)
      const answered = Date.now()
      expect(data.rules.map((r: { id: string }) => r.id)).toEqual(map.retention.map((r) => r.id))
      expect(data.rules.find((r: { id: string }) => r.id === "invoices-be")).toMatchObject({
        keep: { years: 10 },
        country: "be",
        categories: ["Facturen en creditnota's"],
      })
      expect(data.schedule).toBe("30 3 * * *")
      expect(new Date(data.next_run).getTime()).toBeGreaterThan(asked)
      expect(new Date(data.next_run).getTime() - answered).toBeLessThanOrEqual(DAY)
      expect(data.running).toBeNull()
      expect(data.runs.map((r: { id: string }) => r.id)).toEqual([started.run_id, preview.run_id])
      expect(data.runs.every((r: { error: string | null }) => r.error === null)).toBe(true)
      expect(data.runs[1]).toMatchObject({ dry_run: true, trigger: "staff", status: "completed" })
      expect(data.runs[0].steps.map((s: { rule: string; action: string }) => `${s.rule}:${s.action}`)).toEqual(
        preview.steps.map((s: { rule: string; action: string }) => `${s.rule}:${s.action}`),
      )
      expect(data.warnings).toEqual([])
    })
  },
})
