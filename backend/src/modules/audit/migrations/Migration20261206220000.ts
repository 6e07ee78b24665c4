import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { DATABASE_CLOCK_SQL, GUARDED_SEARCH_PATH } from "../../../lib/database-clock"

/**
 * The audit log's guarded purge, safe from its caller's temporary tables: a session could create a
 * temporary `helder_clock` (or `audit_event`) that an unqualified name in a SECURITY DEFINER function
 * would read first. Every name is qualified and pg_temp comes last on the path.
 */
export class Migration20261206220000 extends Migration {
  override async up(): Promise<void> {
    for (const statement of DATABASE_CLOCK_SQL) this.addSql(statement)
    this.addSql(`create or replace function public.helder_purge_audit_events(ids text[]) returns integer
      language plpgsql security definer set search_path = ${GUARDED_SEARCH_PATH} as $$
      declare removed integer;
      begin
        perform pg_catalog.set_config('helder.retention_purge', 'on', true);
        delete from public.audit_event
          where id = any(ids) and (occurred_at at time zone 'UTC' + interval '2 years') at time zone 'UTC' < public.helder_now();
        get diagnostics removed = row_count;
        perform pg_catalog.set_config('helder.retention_purge', 'off', true);
        return removed;
      end $$;`)
    this.addSql(`revoke all on function public.helder_purge_audit_events(text[]) from public;`)
  }

  override async down(): Promise<void> {
    // The function of Migration20261206190000 is the same but for the qualified names and the path.
  }
}
