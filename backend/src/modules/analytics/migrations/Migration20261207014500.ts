import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Daily totals of the statistics, one figure of the admin report per day (and event or product): the
 * raw events are deleted after 13 months, the totals without persons stay.
 */
export class Migration20261207014500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "analytics_daily_total" ("id" text not null, "day" text not null, "measure" text check ("measure" in ('page_views', 'visits', 'step_visits', 'product_views')) not null, "item" text not null default '', "count" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_daily_total_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_analytics_daily_total_deleted_at" ON "analytics_daily_total" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_analytics_daily_total_day_measure_item_unique" ON "analytics_daily_total" ("day", "measure", "item") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "analytics_daily_total" cascade;`)
  }
}
