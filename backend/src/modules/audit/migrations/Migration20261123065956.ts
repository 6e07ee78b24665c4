import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123065956 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "audit_event" ("id" text not null, "actor_type" text check ("actor_type" in ('user', 'customer', 'guest', 'system')) not null, "actor_id" text not null, "action" text not null, "subject_type" text check ("subject_type" in ('customer', 'order', 'data_request')) not null, "subject_id" text not null, "reason" text null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "audit_event_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_audit_event_actor_id" ON "audit_event" ("actor_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_audit_event_subject_id" ON "audit_event" ("subject_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_audit_event_deleted_at" ON "audit_event" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`)
  }
}
