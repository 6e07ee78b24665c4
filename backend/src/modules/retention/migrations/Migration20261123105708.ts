import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123105708 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "retention_run" drop constraint if exists "retention_run_slot_unique";`)
    this.addSql(
      `create table if not exists "inactivity_warning" ("id" text not null, "customer_id" text not null, "last_activity_at" timestamptz not null, "warned_at" timestamptz null, "erase_after" timestamptz null, "status" text check ("status" in ('warned', 'cancelled', 'erased')) not null default 'warned', "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "inactivity_warning_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inactivity_warning_customer_id" ON "inactivity_warning" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inactivity_warning_deleted_at" ON "inactivity_warning" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(`alter table if exists "retention_run" drop constraint if exists "retention_run_status_check";`)

    this.addSql(`alter table if exists "retention_run" add column if not exists "slot" text null;`)
    this.addSql(
      `alter table if exists "retention_run" add constraint "retention_run_status_check" check("status" in ('running', 'completed', 'failed', 'interrupted'));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_retention_run_slot_unique" ON "retention_run" ("slot") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "inactivity_warning" cascade;`)

    this.addSql(`alter table if exists "retention_run" drop constraint if exists "retention_run_status_check";`)

    this.addSql(`drop index if exists "IDX_retention_run_slot_unique";`)
    this.addSql(`alter table if exists "retention_run" drop column if exists "slot";`)

    this.addSql(
      `alter table if exists "retention_run" add constraint "retention_run_status_check" check("status" in ('running', 'completed', 'failed'));`,
    )
  }
}
