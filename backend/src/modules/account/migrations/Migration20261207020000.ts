import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The login addresses a customer used before a confirmed change (earlier_email). */
export class Migration20261207020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "earlier_email" ("id" text not null, "customer_id" text not null, "email" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "earlier_email_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_earlier_email_customer_id" ON "earlier_email" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_earlier_email_deleted_at" ON "earlier_email" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "earlier_email" cascade;`)
  }
}
