import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The one guarded path by which issued invoices and credit notes leave, when the retention engine finds
 * their legal term ended: this function runs with its owner's rights. The shop's own database role
 * (helder_app) may issue documents and read them, but holds no UPDATE or DELETE on them.
 */
export class Migration20261206170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function helder_purge_invoices(ids text[]) returns integer
      language plpgsql security definer set search_path = public as $$
      declare removed integer;
      begin
        perform set_config('helder.invoice_purge', 'on', true);
        delete from invoice_pdf where document_id = any(ids);
        delete from invoice_document where id = any(ids);
        get diagnostics removed = row_count;
        perform set_config('helder.invoice_purge', 'off', true);
        return removed;
      end $$;`)
    this.addSql(`revoke all on function helder_purge_invoices(text[]) from public;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists helder_purge_invoices(text[]);`)
  }
}
