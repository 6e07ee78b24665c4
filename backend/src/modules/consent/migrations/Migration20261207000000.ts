import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "policy_edition" ("id" text not null, "revision" integer not null, "effective" text not null, "changes" jsonb not null, "wording" text not null, "content_hash" text null, "names" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "policy_edition_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_policy_edition_revision_unique" ON "policy_edition" ("revision") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_policy_edition_deleted_at" ON "policy_edition" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "policy_edition" cascade;`)
  }
}
