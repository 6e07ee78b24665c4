import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { DATABASE_CLOCK_SQL } from "../../../lib/database-clock"

/**
 * The audit log's guarded purge removes only entries past the log's term (2 years after the event,
 * retention rule "audit-log"), by the database's clock: the shop's role can call it, but passing it a
 * young entry's id removes nothing.
 */
export class Migration20261206190000 extends Migration {
  override async up(): Promise<void> {
    for (const statement of DATABASE_CLOCK_SQL) this.addSql(statement)
    this.addSql(`create or replace function helder_purge_audit_events(ids text[]) returns integer
      language plpgsql security definer set search_path = public as $$
      declare removed integer;
      begin
        perform set_config('helder.retention_purge', 'on', true);
        delete from audit_event
          where id = any(ids) and (occurred_at at time zone 'UTC' + interval '2 years') at time zone 'UTC' < helder_now();
        get diagnostics removed = row_count;
        perform set_config('helder.retention_purge', 'off', true);
        return removed;
      end $$;`)
    this.addSql(`revoke all on function helder_purge_audit_events(text[]) from public;`)
  }

  override async down(): Promise<void> {
    // Back to the function of Migration20261206170100, which trusted the ids it was given.
    this.addSql(`create or replace function helder_purge_audit_events(ids text[]) returns integer
      language plpgsql security definer set search_path = public as $$
      declare removed integer;
      begin
        perform set_config('helder.retention_purge', 'on', true);
        delete from audit_event where id = any(ids);
        get diagnostics removed = row_count;
        perform set_config('helder.retention_purge', 'off', true);
        return removed;
      end $$;`)
  }
}
