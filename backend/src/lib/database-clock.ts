/**
 * The database's own "now" for the guarded purge functions (helder_purge_audit_events,
 * helder_purge_invoices), which check a record's legal term themselves rather than trust the ids the
 * shop passes. It is the server's clock unless the one row of `helder_clock` says otherwise; only the
 * owner role can write that row (the shop's role holds no rights on it), so tests that travel in time
 * move it together with the shop's clock (lib/clock) and production leaves it empty.
 *
 * Both modules whose migrations define a purge function run this (it is idempotent), so neither
 * depends on the other's migrations having run first.
 */
/**
 * The search path of every function that runs with its owner's rights: the session's temporary schema
 * last, so a caller's temporary table named like one of ours is never read (PostgreSQL looks in
 * pg_temp first unless the path names it), and every object is named with its schema besides.
 */
export const GUARDED_SEARCH_PATH = "pg_catalog, public, pg_temp"

export const DATABASE_CLOCK_SQL = [
  `create table if not exists public.helder_clock (only_row boolean primary key default true check (only_row), moment timestamptz not null);`,
  `create or replace function public.helder_now() returns timestamptz language sql stable set search_path = ${GUARDED_SEARCH_PATH} as $$
    select coalesce((select moment from public.helder_clock), now())
  $$;`,
]
