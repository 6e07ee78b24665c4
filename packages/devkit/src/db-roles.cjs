// The database keeps its own promises: the shop connects as a role that can read and write its data
// but cannot rewrite history. Migrations run as the owner (the role in DATABASE_URL or the embedded
// server's `postgres`); the backend runs as `helder_app`.
// CommonJS, so the backend's integration tests (Jest) can load it as well as `npm start` and `npm test`.
const { query } = require("./pg-query.cjs")

const APP_ROLE = "helder_app"

/**
 * The app role's password: APP_DATABASE_PASSWORD, else a local default (trust or embedded PostgreSQL on this machine).
 */
function appRolePassword(env = process.env) {
  return env.APP_DATABASE_PASSWORD || "helder-app-local"
}

/**
 * What the app role may do, granted afresh after every migration (new tables included):
 * - every table: read, add, change and remove rows — but no TRUNCATE, and as it owns nothing, it can
 *   neither alter nor drop a table, nor disable or drop a trigger;
 * - the audit log and issued invoices: read and add only. Their retention purge runs through the
 *   owner's SECURITY DEFINER functions (helder_purge_audit_events, helder_purge_invoices), the one
 *   guarded path by which rows leave, and only once the database's clock says their term has ended;
 * - the price history (price_change): read only; the triggers on the pricing tables write it;
 * - that clock (helder_clock): nothing, so the shop cannot move it.
 */
function appRoleGrants(database) {
  return [
    `GRANT CONNECT ON DATABASE "${database}" TO ${APP_ROLE}`,
    `GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`,
    `REVOKE UPDATE, DELETE ON audit_event, invoice_document, invoice_pdf FROM ${APP_ROLE}`,
    `REVOKE INSERT, UPDATE, DELETE ON price_change FROM ${APP_ROLE}`,
    `REVOKE ALL ON helder_clock FROM ${APP_ROLE}`,
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`,
    `GRANT EXECUTE ON FUNCTION helder_purge_audit_events(text[]), helder_purge_invoices(text[]) TO ${APP_ROLE}`,
  ]
}

/**
 * Creates the app role when missing (the owner needs CREATEROLE) and grants it its rights on the
 * migrated database. Returns the settings to connect as the app role.
 */
async function ensureAppRole(settings, database, env = process.env) {
  const password = appRolePassword(env)
  const exists = await query(settings, "postgres", "SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE])
  const literal = `'${password.replace(/'/g, "''")}'`
  try {
    await query(
      settings,
      "postgres",
      `${exists.length ? "ALTER" : "CREATE"} ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${literal}`,
    )
  } catch (error) {
    throw new Error(
      `could not create the database role ${APP_ROLE} (the owner in DATABASE_URL needs CREATEROLE, or create it yourself): ${error.message}`,
      { cause: error },
    )
  }
  // The shop's queries are short: PostgreSQL's JIT compiler spent 1.4 s of the retention run's 3.7 s selection
  // compiling it (BENCHMARKS.md, "A million orders") and never pays back on such queries.
  await query(settings, "postgres", `ALTER ROLE ${APP_ROLE} SET jit = off`)
  for (const statement of appRoleGrants(database)) await query(settings, database, statement)
  return { ...settings, user: APP_ROLE, password }
}

/**
 * While the shop has no owner, the staff user with this e-mail address becomes it (roles deny by
 * default: without an owner nobody could give roles). Returns whether it did.
 */
async function ensureOwner(settings, database, email) {
  const rows = await query(
    settings,
    database,
    `INSERT INTO staff_role (id, user_id, role)
     SELECT 'staffrole_' || md5(random()::text), u.id, 'owner' FROM "user" u
     WHERE u.email = $1 AND u.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM staff_role WHERE role = 'owner' AND deleted_at IS NULL)
     RETURNING id`,
    [email],
  )
  return rows.length > 0
}

module.exports = { APP_ROLE, appRolePassword, appRoleGrants, ensureAppRole, ensureOwner }
