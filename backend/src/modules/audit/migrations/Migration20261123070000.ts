import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The audit log is append-only in the database itself, whatever code runs: no update ever, and a delete
 * only inside a transaction that set `helder.retention_purge` (the retention engine, after 2 years).
 * TRUNCATE stays open: it needs the table owner, which no API route runs as (the test runner uses it).
 */
export class Migration20261123070000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and current_setting('helder.retention_purge', true) = 'on' then
    return old;
  end if;
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;`)
    this.addSql(
      `create trigger audit_event_append_only before update or delete on "audit_event" for each row execute function audit_event_append_only();`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_event_append_only on "audit_event";`)
    this.addSql(`drop function if exists audit_event_append_only();`)
  }
}
