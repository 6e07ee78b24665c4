import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Issued invoices and credit notes are deleted only by the retention engine, when their legal term has
 * ended: a DELETE outside a transaction that set `helder.invoice_purge` is refused, whatever else
 * happens to the customer or the order.
 */
export class Migration20261123110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function invoicing_refuse_delete() returns trigger language plpgsql as $$
      begin
        if current_setting('helder.invoice_purge', true) = 'on' then
          return old;
        end if;
        raise exception 'issued invoices and credit notes are kept for their legal term (%: %)', tg_table_name, old.id using errcode = 'check_violation';
      end $$;`)
    for (const table of ["invoice_document", "invoice_pdf"]) {
      this.addSql(`drop trigger if exists "${table}_kept" on "${table}";`)
      this.addSql(
        `create trigger "${table}_kept" before delete on "${table}" for each row execute function invoicing_refuse_delete();`,
      )
    }
  }

  override async down(): Promise<void> {
    for (const table of ["invoice_document", "invoice_pdf"])
      this.addSql(`drop trigger if exists "${table}_kept" on "${table}";`)
    this.addSql(`drop function if exists invoicing_refuse_delete();`)
  }
}
