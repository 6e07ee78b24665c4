import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122040320 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "newsletter_subscription" drop constraint if exists "newsletter_subscription_email_unique";`,
    )
    this.addSql(
      `create table if not exists "newsletter_consent_event" ("id" text not null, "subscription_id" text not null, "action" text check ("action" in ('requested', 'confirmed', 'unsubscribed')) not null, "source" text not null, "text" text null, "text_hash" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "newsletter_consent_event_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_newsletter_consent_event_subscription_id" ON "newsletter_consent_event" ("subscription_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_newsletter_consent_event_deleted_at" ON "newsletter_consent_event" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "newsletter_subscription" ("id" text not null, "email" text not null, "status" text check ("status" in ('pending', 'confirmed', 'unsubscribed')) not null default 'pending', "locale" text not null default 'nl', "confirm_token_hash" text null, "confirm_expires_at" timestamptz null, "confirmed_at" timestamptz null, "unsubscribed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "newsletter_subscription_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_newsletter_subscription_email_unique" ON "newsletter_subscription" ("email") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_newsletter_subscription_deleted_at" ON "newsletter_subscription" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "newsletter_consent_event" cascade;`)

    this.addSql(`drop table if exists "newsletter_subscription" cascade;`)
  }
}
