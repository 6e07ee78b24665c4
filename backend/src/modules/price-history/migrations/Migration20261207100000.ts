import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { DATABASE_CLOCK_SQL, GUARDED_SEARCH_PATH } from "../../../lib/database-clock"

/**
 * The price history (Directive 98/6/EC art. 6a): triggers on Medusa's pricing tables append the whole
 * state of a price whenever it, its region rule or its price list changes, whatever route made the
 * change. The rows are stamped with the database's clock (helder_now), which tests move. The writer
 * runs with the owner's rights, so the shop's role needs (and gets, packages/devkit db-roles) no
 * right to write the table at all, and no role may update or delete a row.
 */
export class Migration20261207100000 extends Migration {
  override async up(): Promise<void> {
    for (const statement of DATABASE_CLOCK_SQL) this.addSql(statement)
    this.addSql(
      `create table if not exists "price_change" ("id" text not null, "sequence" serial, "recorded_at" timestamptz not null, "price_id" text not null, "price_set_id" text not null, "currency_code" text not null, "region_id" text null, "other_rules" integer not null, "amount" numeric not null, "raw_amount" jsonb not null, "min_quantity" integer null, "price_list_id" text null, "price_list_type" text null, "price_list_status" text null, "price_list_starts_at" timestamptz null, "price_list_ends_at" timestamptz null, "price_list_rules" integer null, "removed" boolean not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "price_change_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_price_change_price_set_id" ON "price_change" ("price_set_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_price_change_deleted_at" ON "price_change" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(`create or replace function public.price_change_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'price_change is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;`)
    this.addSql(
      `create trigger price_change_append_only before update or delete on "price_change" for each row execute function public.price_change_append_only();`,
    )
    this.addSql(`create or replace function public.helder_record_price(p public.price, gone boolean) returns void
      language plpgsql security definer set search_path = ${GUARDED_SEARCH_PATH} as $$
      begin
        insert into public.price_change (id, recorded_at, price_id, price_set_id, currency_code, region_id, other_rules, amount, raw_amount,
          min_quantity, price_list_id, price_list_type, price_list_status, price_list_starts_at, price_list_ends_at, price_list_rules, removed)
        select 'pchg_' || replace(gen_random_uuid()::text, '-', ''), public.helder_now(), p.id, p.price_set_id, p.currency_code,
          (select r.value from public.price_rule r where r.price_id = p.id and r.attribute = 'region_id' and r.deleted_at is null order by r.id limit 1),
          (select count(*) from public.price_rule r where r.price_id = p.id and r.attribute <> 'region_id' and r.deleted_at is null),
          p.amount, p.raw_amount, p.min_quantity::integer, p.price_list_id, l.type, l.status, l.starts_at, l.ends_at, l.rules_count,
          gone or p.deleted_at is not null or l.deleted_at is not null
        from (select 1) one left join public.price_list l on l.id = p.price_list_id;
      end $$;`)
    this.addSql(`create or replace function public.price_change_from_price() returns trigger
      language plpgsql security definer set search_path = ${GUARDED_SEARCH_PATH} as $$
      begin
        if tg_op = 'DELETE' then perform public.helder_record_price(old, true); return old; end if;
        perform public.helder_record_price(new, false);
        return new;
      end $$;`)
    this.addSql(
      `create trigger price_change_recorded after insert or delete on "price" for each row execute function public.price_change_from_price();`,
    )
    this.addSql(`create trigger price_change_updated after update on "price" for each row
      when (old.amount is distinct from new.amount or old.currency_code is distinct from new.currency_code or old.deleted_at is distinct from new.deleted_at
        or old.price_list_id is distinct from new.price_list_id or old.min_quantity is distinct from new.min_quantity or old.price_set_id is distinct from new.price_set_id)
      execute function public.price_change_from_price();`)
    this.addSql(`create or replace function public.price_change_from_rule() returns trigger
      language plpgsql security definer set search_path = ${GUARDED_SEARCH_PATH} as $$
      declare p public.price;
      begin
        select * into p from public.price where id = case when tg_op = 'DELETE' then old.price_id else new.price_id end;
        if found then perform public.helder_record_price(p, false); end if;
        return null;
      end $$;`)
    this.addSql(
      `create trigger price_change_rule after insert or update or delete on "price_rule" for each row execute function public.price_change_from_rule();`,
    )
    this.addSql(`create or replace function public.price_change_from_list() returns trigger
      language plpgsql security definer set search_path = ${GUARDED_SEARCH_PATH} as $$
      declare p public.price;
      begin
        for p in select * from public.price where price_list_id = new.id loop perform public.helder_record_price(p, false); end loop;
        return null;
      end $$;`)
    this.addSql(`create trigger price_change_list after update on "price_list" for each row
      when (old.status is distinct from new.status or old.starts_at is distinct from new.starts_at or old.ends_at is distinct from new.ends_at
        or old.type is distinct from new.type or old.deleted_at is distinct from new.deleted_at or old.rules_count is distinct from new.rules_count)
      execute function public.price_change_from_list();`)
    // The history starts with the prices as they are when the shop first records them.
    this.addSql(`select public.helder_record_price(p, false) from public.price p;`)
  }

  override async down(): Promise<void> {
    for (const [trigger, table] of [
      ["price_change_recorded", "price"],
      ["price_change_updated", "price"],
      ["price_change_rule", "price_rule"],
      ["price_change_list", "price_list"],
    ]) {
      this.addSql(`drop trigger if exists ${trigger} on "${table}";`)
    }
    this.addSql(`drop table if exists "price_change" cascade;`)
  }
}
