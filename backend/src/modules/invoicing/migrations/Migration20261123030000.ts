import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A soft delete would free an issued document's number and source for a second issue, so the freeze now
 * covers deleted_at too: issued documents are only ever removed whole (DELETE), when their legal term ends.
 */
export class Migration20261123030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function invoicing_refuse_change() returns trigger language plpgsql as $$
      begin
        if (to_jsonb(new) - 'updated_at') is distinct from (to_jsonb(old) - 'updated_at') then
          raise exception 'issued invoices and credit notes cannot be changed (%: %)', tg_table_name, old.id using errcode = 'check_violation';
        end if;
        return new;
      end $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function invoicing_refuse_change() returns trigger language plpgsql as $$
      begin
        if (to_jsonb(new) - 'updated_at' - 'deleted_at') is distinct from (to_jsonb(old) - 'updated_at' - 'deleted_at') then
          raise exception 'issued invoices and credit notes cannot be changed (%: %)', tg_table_name, old.id using errcode = 'check_violation';
        end if;
        return new;
      end $$;`)
  }
}
