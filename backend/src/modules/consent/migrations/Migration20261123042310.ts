import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123042310 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "consent_record" ("id" text not null, "consent_id" text not null, "categories" text[] not null, "policy_version" text not null, "text_hash" text not null, "locale" text check ("locale" in ('nl', 'en')) not null, "source" text check ("source" in ('banner', 'settings', 'gpc')) not null, "gpc" boolean not null default false, "customer_id" text null, "given_at" timestamptz not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "consent_record_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_consent_record_consent_id" ON "consent_record" ("consent_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_consent_record_customer_id" ON "consent_record" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_consent_record_deleted_at" ON "consent_record" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "consent_record" cascade;`)
  }
}
