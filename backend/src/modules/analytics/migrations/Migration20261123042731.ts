import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123042731 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "analytics_event" ("id" text not null, "name" text check ("name" in ('page_view', 'product_view', 'add_to_cart', 'begin_checkout', 'purchase')) not null, "path" text not null, "product_id" text null, "device_class" text check ("device_class" in ('mobile', 'tablet', 'desktop')) not null, "visitor_key" text not null, "locale" text check ("locale" in ('nl', 'en')) not null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_event_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_analytics_event_occurred_at" ON "analytics_event" ("occurred_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_analytics_event_deleted_at" ON "analytics_event" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "analytics_event" cascade;`)
  }
}
