import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { DATABASE_CLOCK_SQL } from "../../../lib/database-clock"

/**
 * The invoices' guarded purge removes only documents whose legal term has ended by the database's
 * clock: 7 years (a sale to the Netherlands) or 10 years (to Belgium) after the end of the fiscal year
 * of issue in Amsterdam time (retention rules "invoices-nl" and "invoices-be"); a document of any other
 * country never. The shop's role can call it, but passing it a young document's id removes nothing.
 */
export class Migration20261206190100 extends Migration {
  override async up(): Promise<void> {
    for (const statement of DATABASE_CLOCK_SQL) this.addSql(statement)
    this.addSql(`create or replace function helder_purge_invoices(ids text[]) returns integer
      language plpgsql security definer set search_path = public as $$
      declare removed integer; purgeable text[];
      begin
        perform set_config('helder.invoice_purge', 'on', true);
        -- Past the term from the first moment of 1 January (Amsterdam time) after the term's last year.
        select coalesce(array_agg(d.id), '{}') into purgeable from invoice_document d
          where d.id = any(ids)
            and (date_trunc('year', d.issued_at at time zone 'Europe/Amsterdam')
                  + make_interval(years => 1 + case d.country_code when 'nl' then 7 when 'be' then 10 end)) at time zone 'Europe/Amsterdam' <= helder_now();
        delete from invoice_pdf where document_id = any(purgeable);
        delete from invoice_document where id = any(purgeable);
        get diagnostics removed = row_count;
        perform set_config('helder.invoice_purge', 'off', true);
        return removed;
      end $$;`)
    this.addSql(`revoke all on function helder_purge_invoices(text[]) from public;`)
  }

  override async down(): Promise<void> {
    // Back to the function of Migration20261206170000, which trusted the ids it was given.
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
  }
}
