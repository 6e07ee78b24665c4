import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Client } from "pg"

jest.setTimeout(120 * 1000)

type Settings = { host: string; port: number; user: string; password: string }
type DbRoles = { APP_ROLE: string; ensureAppRole: (settings: Settings, database: string) => Promise<Settings> }

/** `npm start` and `npm test` create the app role with this module (packages/devkit/src/db-roles.cjs). */
const loadDbRoles = async (): Promise<DbRoles> =>
  require(path.join(__dirname, "../../../../packages/devkit/src/db-roles.cjs"))

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ dbConfig }) => {
    /** A connection to the test database as the shop's own role, created and granted as `npm start` does. */
    async function connectAsApp() {
      const { ensureAppRole } = await loadDbRoles()
      const database = dbConfig.dbName
      const owner = {
        host: process.env.DB_HOST ?? "localhost",
        port: Number(process.env.DB_PORT ?? 5432),
        user: process.env.DB_USERNAME ?? "postgres",
        password: process.env.DB_PASSWORD ?? "",
      }
      const app = new Client({ ...(await ensureAppRole(owner, database)), database })
      await app.connect()
      return app
    }

    it("[P-security-database-role] connects the shop as a role that can add to the audit log and issue invoices, but cannot update, delete, truncate or drop their triggers", async () => {
      const { APP_ROLE } = await loadDbRoles()
      const app = await connectAsApp()
      const refusal = (sql: string, values: unknown[] = []) =>
        app.query(sql, values).then(
          () => "allowed",
          (error: Error) => error.message,
        )
      try {
        expect((await app.query("select current_user")).rows[0].current_user).toBe(APP_ROLE)
        const inserted = await app.query(
          `insert into audit_event (id, actor_type, actor_id, action, subject_type, subject_id, occurred_at) values ('audit_role_test', 'system', 'test', 'test', 'staff', 'test', now() - interval '3 years') returning id`,
        )
        expect(inserted.rows).toHaveLength(1)

        const attempts: Record<string, string> = {
          "update audit_event": await refusal(
            `update audit_event set reason = 'rewritten' where id = 'audit_role_test'`,
          ),
          "delete audit_event": await refusal(`delete from audit_event where id = 'audit_role_test'`),
          "truncate audit_event": await refusal(`truncate audit_event`),
          "drop audit trigger": await refusal(`drop trigger audit_event_append_only on audit_event`),
          "disable audit trigger": await refusal(`alter table audit_event disable trigger all`),
          "update invoice_document": await refusal(`update invoice_document set number = 'X' where false`),
          "delete invoice_document": await refusal(`delete from invoice_document where false`),
          "delete invoice_pdf": await refusal(`delete from invoice_pdf where false`),
          "truncate invoice_document": await refusal(`truncate invoice_document cascade`),
          "drop invoice trigger": await refusal(`drop trigger invoice_document_frozen on invoice_document`),
          "alter invoice table": await refusal(`alter table invoice_document drop column number`),
          "purge flag then delete": await refusal(
            `begin; set local helder.retention_purge = 'on'; delete from audit_event where id = 'audit_role_test'; commit;`,
          ),
        }
        await app.query("rollback").catch(() => undefined)
        for (const [attempt, outcome] of Object.entries(attempts)) {
          expect({ attempt, outcome }).toEqual({
            attempt,
            outcome: expect.stringMatching(/permission denied|must be owner/),
          })
        }

        // The rest of the shop works as usual, and the retention purge's guarded path still removes old rows.
        expect(await refusal(`update customer set first_name = first_name where false`)).toBe("allowed")
        expect(await refusal(`delete from cart where false`)).toBe("allowed")
        expect(
          (await app.query(`select helder_purge_audit_events(array['audit_role_test']) as removed`)).rows[0].removed,
        ).toBe(1)
        expect((await app.query(`select helder_purge_invoices(array['invdoc_none']) as removed`)).rows[0].removed).toBe(
          0,
        )
      } finally {
        await app.end()
      }
    })

    it("runs the shop's connections without PostgreSQL's JIT compiler, which costs its short queries more than it saves", async () => {
      const app = await connectAsApp()
      try {
        expect((await app.query("show jit")).rows[0].jit).toBe("off")
      } finally {
        await app.end()
      }
    })

    it("[P-security-database-role] purges through the guarded functions only what is past its legal term by the database's clock, which the app role can neither move nor replace with a temporary table of its own", async () => {
      const app = await connectAsApp()
      const purge = async (fn: "helder_purge_audit_events" | "helder_purge_invoices", ids: string[]) =>
        Number((await app.query(`select ${fn}($1::text[]) as removed`, [ids])).rows[0].removed)
      const remaining = async (table: string, ids: string[]) =>
        (await app.query(`select id from ${table} where id = any($1) order by id`, [ids])).rows.map((row) => row.id)
      try {
        // The audit log keeps an entry 2 years: one a day short of that stays, whatever id the app passes.
        await app.query(
          `insert into audit_event (id, actor_type, actor_id, action, subject_type, subject_id, occurred_at) values
            ('audit_young', 'system', 'test', 'test', 'staff', 'test', now() - interval '2 years' + interval '1 day'),
            ('audit_old', 'system', 'test', 'test', 'staff', 'test', now() - interval '2 years' - interval '1 day')`,
        )
        expect(await purge("helder_purge_audit_events", ["audit_young", "audit_old"])).toBe(1)
        expect(await remaining("audit_event", ["audit_young", "audit_old"])).toEqual(["audit_young"])

        // Invoices: 7 years after the fiscal year of issue for a Dutch sale, 10 for a Belgian one, never for another
        // country.
        const year = new Date().getUTCFullYear()
        const documents = [
          { id: "invdoc_nl_now", country: "nl", issued: new Date().toISOString() },
          { id: "invdoc_nl_7y", country: "nl", issued: `${year - 7}-06-01T12:00:00Z` },
          { id: "invdoc_nl_8y", country: "nl", issued: `${year - 8}-06-01T12:00:00Z` },
          { id: "invdoc_be_8y", country: "be", issued: `${year - 8}-06-01T12:00:00Z` },
          { id: "invdoc_be_11y", country: "be", issued: `${year - 11}-06-01T12:00:00Z` },
          { id: "invdoc_de_20y", country: "de", issued: `${year - 20}-06-01T12:00:00Z` },
        ]
        for (const [i, d] of documents.entries()) {
          await app.query(
            `insert into invoice_document (id, kind, number, year, sequence, order_id, issued_at, snapshot, source_key, country_code, currency_code, total, pdf_sha256)
             values ($1, 'invoice', $2, 2000, $3, $4, $5, '{}', $4, $6, 'eur', 100, '')`,
            [d.id, `ROLE-${i}`, i + 1, `order_${d.id}`, d.issued, d.country],
          )
          await app.query(`insert into invoice_pdf (id, content, byte_size, document_id) values ($1, 'x', 1, $2)`, [
            `pdf_${d.id}`,
            d.id,
          ])
        }
        const ids = documents.map((d) => d.id)
        expect(await purge("helder_purge_invoices", ids)).toBe(2)
        expect(await remaining("invoice_document", ids)).toEqual([
          "invdoc_be_8y",
          "invdoc_de_20y",
          "invdoc_nl_7y",
          "invdoc_nl_now",
        ])
        expect(
          (
            await app.query(`select document_id from invoice_pdf where document_id = any($1) order by document_id`, [
              ids,
            ])
          ).rows.map((r) => r.document_id),
        ).toEqual(["invdoc_be_8y", "invdoc_de_20y", "invdoc_nl_7y", "invdoc_nl_now"])

        // Nor can it slip in a clock or documents of its own: a temporary table named like ours is never read.
        await app.query(
          `create temporary table helder_clock (only_row boolean primary key default true, moment timestamptz not null)`,
        )
        await app.query(`insert into helder_clock (moment) values (now() + interval '50 years')`)
        await app.query(`create temporary table invoice_document (id text, issued_at timestamptz, country_code text)`)
        await app.query(`insert into invoice_document values ('invdoc_nl_now', '2000-01-01', 'nl')`)
        await app.query(`create temporary table audit_event (id text, occurred_at timestamptz)`)
        expect(await purge("helder_purge_audit_events", ["audit_young"])).toBe(0)
        expect(await purge("helder_purge_invoices", ["invdoc_nl_now", "invdoc_nl_7y"])).toBe(0)
        for (const table of ["helder_clock", "invoice_document", "audit_event"])
          await app.query(`drop table pg_temp.${table}`)
        expect(await remaining("audit_event", ["audit_young"])).toEqual(["audit_young"])
        expect(await remaining("invoice_document", ["invdoc_nl_now", "invdoc_nl_7y"])).toEqual([
          "invdoc_nl_7y",
          "invdoc_nl_now",
        ])
        expect(
          (
            await app.query(`select document_id from invoice_pdf where document_id = any($1) order by document_id`, [
              ["invdoc_nl_now", "invdoc_nl_7y"],
            ])
          ).rows.map((r) => r.document_id),
        ).toEqual(["invdoc_nl_7y", "invdoc_nl_now"])

        // The database's clock is the owner's: the app role can neither set nor clear it.
        for (const attempt of [
          `insert into helder_clock (moment) values (now() + interval '20 years')`,
          `delete from helder_clock`,
          `update helder_clock set moment = now()`,
        ]) {
          await expect(app.query(attempt)).rejects.toThrow(/permission denied/)
        }
      } finally {
        await app.end()
      }
    })
  },
})
