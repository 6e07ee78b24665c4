import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122044038 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "invoicing_sequence" drop constraint if exists "invoicing_sequence_year_kind_unique";`,
    )
    this.addSql(`alter table if exists "invoice_document" drop constraint if exists "invoice_document_number_unique";`)
    this.addSql(
      `create table if not exists "invoice_document" ("id" text not null, "kind" text check ("kind" in ('invoice', 'credit_note')) not null, "number" text not null, "year" integer not null, "sequence" integer not null, "order_id" text not null, "issued_at" timestamptz not null, "corrects_number" text null, "snapshot" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_document_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_document_number_unique" ON "invoice_document" ("number") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_document_order_id" ON "invoice_document" ("order_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_document_deleted_at" ON "invoice_document" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "invoicing_sequence" ("id" text not null, "year" integer not null, "kind" text check ("kind" in ('invoice', 'credit_note')) not null, "last_number" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoicing_sequence_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoicing_sequence_deleted_at" ON "invoicing_sequence" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoicing_sequence_year_kind_unique" ON "invoicing_sequence" ("year", "kind") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoice_document" cascade;`)

    this.addSql(`drop table if exists "invoicing_sequence" cascade;`)
  }
}
