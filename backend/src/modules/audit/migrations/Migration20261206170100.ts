import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The one guarded path by which audit rows leave: the retention purge calls this function, which runs
 * with its owner's rights. The shop's own database role (helder_app) may add to the log and read it,
 * but holds no UPDATE or DELETE on it (packages/devkit/src/db-roles.mjs).
 */
export class Migration20261206170100 extends Migration {
  override async up(): Promise<void> {
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
    this.addSql(`revoke all on function helder_purge_audit_events(text[]) from public;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists helder_purge_audit_events(text[]);`)
  }
}
