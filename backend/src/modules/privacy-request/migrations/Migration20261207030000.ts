import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Restriction (art. 18) and objection (art. 21) as request kinds; a restriction is lifted with a date and a reason. */
export class Migration20261207030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "data_request" drop constraint if exists "data_request_kind_check";`)
    this.addSql(
      `alter table if exists "data_request" add constraint "data_request_kind_check"
        check("kind" in ('export', 'erasure', 'correction', 'restriction', 'objection'));`,
    )
    this.addSql(
      `alter table if exists "data_request"
        add column if not exists "lifted_at" timestamptz null, add column if not exists "lift_reason" text null;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "data_request" drop column if exists "lifted_at", drop column if exists "lift_reason";`,
    )
    this.addSql(`alter table if exists "data_request" drop constraint if exists "data_request_kind_check";`)
    this.addSql(
      `alter table if exists "data_request" add constraint "data_request_kind_check"
        check("kind" in ('export', 'erasure', 'correction'));`,
    )
  }
}
