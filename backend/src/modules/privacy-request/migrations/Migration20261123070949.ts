import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123070949 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "data_request" drop constraint if exists "data_request_token_hash_unique";`)
    this.addSql(
      `create table if not exists "data_request" ("id" text not null, "kind" text check ("kind" in ('export', 'erasure', 'correction')) not null, "channel" text check ("channel" in ('self_service', 'guest', 'staff')) not null, "status" text check ("status" in ('awaiting_verification', 'received', 'scheduled', 'deferred', 'completed', 'rejected', 'cancelled')) not null, "customer_id" text null, "email" text null, "subject_hash" text not null, "order_id" text null, "locale" text check ("locale" in ('nl', 'en')) not null default 'nl', "details" text null, "received_at" timestamptz not null, "due_at" timestamptz not null, "extension_reason" text null, "identity_status" text check ("identity_status" in ('pending', 'verified', 'failed')) not null default 'pending', "identity_method" text null, "token_hash" text null, "token_expires_at" timestamptz null, "scheduled_for" timestamptz null, "deferred_reason" text null, "completed_at" timestamptz null, "rejected_reason" text null, "receipt" jsonb null, "handled_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "data_request_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_data_request_customer_id" ON "data_request" ("customer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_data_request_subject_hash" ON "data_request" ("subject_hash") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_data_request_token_hash_unique" ON "data_request" ("token_hash") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_data_request_deleted_at" ON "data_request" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "recipient_notice" ("id" text not null, "recipient_id" text not null, "party" text not null, "state" text check ("state" in ('pending', 'notified', 'not_needed')) not null default 'pending', "notified_at" timestamptz null, "notified_by" text null, "note" text null, "request_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recipient_notice_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recipient_notice_request_id" ON "recipient_notice" ("request_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recipient_notice_deleted_at" ON "recipient_notice" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "recipient_notice" add constraint "recipient_notice_request_id_foreign" foreign key ("request_id") references "data_request" ("id") on update cascade on delete cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "recipient_notice" drop constraint if exists "recipient_notice_request_id_foreign";`,
    )

    this.addSql(`drop table if exists "data_request" cascade;`)

    this.addSql(`drop table if exists "recipient_notice" cascade;`)
  }
}
