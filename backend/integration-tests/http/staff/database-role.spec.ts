import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Client } from "pg"

jest.setTimeout(120 * 1000)

type Settings = { host: string; port: number; user: string; password: string }
type DbRoles = { APP_ROLE: string; ensureAppRole: (settings: Settings, database: string) => Promise<Settings> }

/** `npm start` and `npm test` create the app role with this module (packages/devkit/src/db-roles.cjs). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadDbRoles = async (): Promise<DbRoles> => require(path.join(__dirname, "../../../../packages/devkit/src/db-roles.cjs"))

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ dbConfig }) => {
    it("connects the shop as a role that can add to the audit log and issue invoices, but cannot update, delete, truncate or drop their triggers", async () => {
      const { APP_ROLE, ensureAppRole } = await loadDbRoles()
      const database = dbConfig.dbName
      const owner = { host: process.env.DB_HOST ?? "localhost", port: Number(process.env.DB_PORT ?? 5432), user: process.env.DB_USERNAME ?? "postgres", password: process.env.DB_PASSWORD ?? "" }
      const app = new Client({ ...(await ensureAppRole(owner, database)), database })
      await app.connect()
      const refusal = (sql: string, values: unknown[] = []) =>
        app.query(sql, values).then(
          () => "allowed",
          (error: Error) => error.message
        )
      try {
        expect((await app.query("select current_user")).rows[0].current_user).toBe(APP_ROLE)
        const inserted = await app.query(
          `insert into audit_event (id, actor_type, actor_id, action, subject_type, subject_id, occurred_at) values ('audit_role_test', 'system', 'test', 'test', 'staff', 'test', now() - interval '3 years') returning id`
        )
        expect(inserted.rows).toHaveLength(1)

        const attempts: Record<string, string> = {
          "update audit_event": await refusal(`update audit_event set reason = 'rewritten' where id = 'audit_role_test'`),
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
          "purge flag then delete": await refusal(`begin; set local helder.retention_purge = 'on'; delete from audit_event where id = 'audit_role_test'; commit;`),
        }
        await app.query("rollback").catch(() => undefined)
        for (const [attempt, outcome] of Object.entries(attempts)) {
          expect({ attempt, outcome }).toEqual({ attempt, outcome: expect.stringMatching(/permission denied|must be owner/) })
        }

        // The rest of the shop works as usual, and the retention purge's guarded path still removes old rows.
        expect(await refusal(`update customer set first_name = first_name where false`)).toBe("allowed")
        expect(await refusal(`delete from cart where false`)).toBe("allowed")
        expect((await app.query(`select helder_purge_audit_events(array['audit_role_test']) as removed`)).rows[0].removed).toBe(1)
        expect((await app.query(`select helder_purge_invoices(array['invdoc_none']) as removed`)).rows[0].removed).toBe(0)
      } finally {
        await app.end()
      }
    })
  },
})
