import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123085726 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "retention_run" ("id" text not null, "trigger" text check ("trigger" in ('schedule', 'staff', 'cli')) not null, "dry_run" boolean not null default false, "status" text check ("status" in ('running', 'completed', 'failed')) not null default 'running', "as_of" timestamptz not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "retention_run_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_retention_run_deleted_at" ON "retention_run" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "retention_step" ("id" text not null, "rule" text not null, "category" text not null, "action" text not null, "batches" integer not null default 0, "rows" integer not null default 0, "errors" integer not null default 0, "cursor" text null, "samples" jsonb null, "finished_at" timestamptz null, "run_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "retention_step_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_retention_step_run_id" ON "retention_step" ("run_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_retention_step_deleted_at" ON "retention_step" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "retention_step" add constraint "retention_step_run_id_foreign" foreign key ("run_id") references "retention_run" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "retention_step" drop constraint if exists "retention_step_run_id_foreign";`)

    this.addSql(`drop table if exists "retention_run" cascade;`)

    this.addSql(`drop table if exists "retention_step" cascade;`)
  }
}
