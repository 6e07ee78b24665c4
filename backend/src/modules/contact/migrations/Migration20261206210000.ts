import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Each contact message gets the moment it must be answered by: two working days (Monday to Friday,
 * Amsterdam time) after it arrived. Messages already there get theirs from when they arrived.
 */
export class Migration20261206210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "contact_message" add column if not exists "due_at" timestamptz null;`)
    this.addSql(`update "contact_message" m set "due_at" = (
      select d from generate_series(m.created_at + interval '1 day', m.created_at + interval '10 days', interval '1 day') d
      where extract(isodow from d at time zone 'Europe/Amsterdam') < 6 order by d offset 1 limit 1
    ) where "due_at" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "contact_message" drop column if exists "due_at";`)
  }
}
