import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { DATABASE_CLOCK_SQL, GUARDED_SEARCH_PATH } from "../../../lib/database-clock"

/**
 * The invoices' guarded purge, safe from its caller's temporary tables (a temporary `invoice_document`
 * or `helder_clock` would otherwise be read first): every name qualified, pg_temp last on the path.
 * The legal term is unchanged: 7 years (NL) or 10 years (BE) after the fiscal year of issue.
 */
export class Migration20261206220100 extends Migration {
  override async up(): Promise<void> {
    for (const statement of DATABASE_CLOCK_SQL) this.addSql(statement)
    this.addSql(`create or replace function public.helder_purge_invoices(ids text[]) returns integer
      language plpgsql security definer set search_path = ${GUARDED_SEARCH_PATH} as $$
      declare removed integer; purgeable text[];
      begin
        perform pg_catalog.set_config('helder.invoice_purge', 'on', true);
        select coalesce(array_agg(d.id), '{}') into purgeable from public.invoice_document d
          where d.id = any(ids)
            and (date_trunc('year', d.issued_at at time zone 'Europe/Amsterdam')
                  + make_interval(years => 1 + case d.country_code when 'nl' then 7 when 'be' then 10 end)) at time zone 'Europe/Amsterdam' <= public.helder_now();
        delete from public.invoice_pdf where document_id = any(purgeable);
        delete from public.invoice_document where id = any(purgeable);
        get diagnostics removed = row_count;
        perform pg_catalog.set_config('helder.invoice_purge', 'off', true);
        return removed;
      end $$;`)
    this.addSql(`revoke all on function public.helder_purge_invoices(text[]) from public;`)
  }

  override async down(): Promise<void> {
    // The function of Migration20261206190100 is the same but for the qualified names and the path.
  }
}
