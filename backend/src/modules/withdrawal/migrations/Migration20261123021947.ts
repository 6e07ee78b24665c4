import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123021947 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "withdrawal_notice" ("id" text not null, "order_id" text not null, "return_id" text null, "name" text not null, "email" text not null, "order_reference" text not null, "items" jsonb not null, "statement" text not null, "locale" text check ("locale" in ('nl', 'en')) not null, "source" text check ("source" in ('customer', 'guest')) not null, "submitted_at" timestamptz not null, "acknowledged_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "withdrawal_notice_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_withdrawal_notice_order_id" ON "withdrawal_notice" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_withdrawal_notice_deleted_at" ON "withdrawal_notice" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "withdrawal_notice" cascade;`)
  }
}
