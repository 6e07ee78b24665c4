import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122025723 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "customer_session" drop constraint if exists "customer_session_secret_hash_unique";`,
    )
    this.addSql(`alter table if exists "account_token" drop constraint if exists "account_token_token_hash_unique";`)
    this.addSql(
      `alter table if exists "account_profile" drop constraint if exists "account_profile_customer_id_unique";`,
    )
    this.addSql(
      `create table if not exists "account_profile" ("id" text not null, "customer_id" text not null, "email_verified_at" timestamptz null, "birth_date" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "account_profile_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_account_profile_customer_id_unique" ON "account_profile" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_account_profile_deleted_at" ON "account_profile" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "account_token" ("id" text not null, "customer_id" text not null, "purpose" text check ("purpose" in ('verify_email', 'reset_password', 'change_email')) not null, "token_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "new_email" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "account_token_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_account_token_customer_id" ON "account_token" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_account_token_token_hash_unique" ON "account_token" ("token_hash") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_account_token_deleted_at" ON "account_token" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "customer_session" ("id" text not null, "customer_id" text not null, "secret_hash" text not null, "expires_at" timestamptz not null, "last_seen_at" timestamptz not null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_session_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_session_customer_id" ON "customer_session" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_session_secret_hash_unique" ON "customer_session" ("secret_hash") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_session_deleted_at" ON "customer_session" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "account_profile" cascade;`)

    this.addSql(`drop table if exists "account_token" cascade;`)

    this.addSql(`drop table if exists "customer_session" cascade;`)
  }
}
