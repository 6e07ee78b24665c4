import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206155641 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "staff_session" drop constraint if exists "staff_session_key_hash_unique";`)
    this.addSql(`alter table if exists "staff_role" drop constraint if exists "staff_role_user_id_unique";`)
    this.addSql(`alter table if exists "staff_code_use" drop constraint if exists "staff_code_use_key_hash_unique";`)
    this.addSql(
      `create table if not exists "staff_code_use" ("id" text not null, "key_hash" text not null, "used_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "staff_code_use_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_staff_code_use_key_hash_unique" ON "staff_code_use" ("key_hash") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_code_use_used_at" ON "staff_code_use" ("used_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_code_use_deleted_at" ON "staff_code_use" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "staff_role" ("id" text not null, "user_id" text not null, "role" text not null, "assigned_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "staff_role_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_staff_role_user_id_unique" ON "staff_role" ("user_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_role_deleted_at" ON "staff_role" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "staff_session" ("id" text not null, "key_hash" text not null, "user_id" text not null, "started_at" timestamptz not null, "last_seen_at" timestamptz not null, "ended_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "staff_session_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_staff_session_key_hash_unique" ON "staff_session" ("key_hash") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_session_user_id" ON "staff_session" ("user_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_staff_session_deleted_at" ON "staff_session" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "staff_code_use" cascade;`)

    this.addSql(`drop table if exists "staff_role" cascade;`)

    this.addSql(`drop table if exists "staff_session" cascade;`)
  }
}
