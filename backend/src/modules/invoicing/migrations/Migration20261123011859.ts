import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123011859 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "invoice_document" drop constraint if exists "invoice_document_source_key_unique";`,
    )
    this.addSql(`alter table if exists "invoice_pdf" drop constraint if exists "invoice_pdf_document_id_unique";`)
    this.addSql(
      `create table if not exists "invoice_pdf" ("id" text not null, "content" text not null, "byte_size" integer not null, "document_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_pdf_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_pdf_document_id_unique" ON "invoice_pdf" ("document_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_invoice_pdf_deleted_at" ON "invoice_pdf" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "invoice_pdf" add constraint "invoice_pdf_document_id_foreign" foreign key ("document_id") references "invoice_document" ("id") on update cascade on delete cascade;`,
    )

    this.addSql(
      `alter table if exists "invoice_document" add column if not exists "source_key" text not null, add column if not exists "country_code" text not null, add column if not exists "currency_code" text not null, add column if not exists "total" integer not null, add column if not exists "pdf_sha256" text not null;`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_document_source_key_unique" ON "invoice_document" ("source_key") WHERE deleted_at IS NULL;`,
    )

    // An issued document is frozen: the database itself refuses to change what was issued, whoever asks.
    this.addSql(`create or replace function invoicing_refuse_change() returns trigger language plpgsql as $$
      begin
        if (to_jsonb(new) - 'updated_at' - 'deleted_at') is distinct from (to_jsonb(old) - 'updated_at' - 'deleted_at') then
          raise exception 'issued invoices and credit notes cannot be changed (%: %)', tg_table_name, old.id using errcode = 'check_violation';
        end if;
        return new;
      end $$;`)
    this.addSql(`drop trigger if exists "invoice_document_frozen" on "invoice_document";`)
    this.addSql(
      `create trigger "invoice_document_frozen" before update on "invoice_document" for each row execute function invoicing_refuse_change();`,
    )
    this.addSql(`drop trigger if exists "invoice_pdf_frozen" on "invoice_pdf";`)
    this.addSql(
      `create trigger "invoice_pdf_frozen" before update on "invoice_pdf" for each row execute function invoicing_refuse_change();`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "invoice_document_frozen" on "invoice_document";`)
    this.addSql(`drop table if exists "invoice_pdf" cascade;`)
    this.addSql(`drop function if exists invoicing_refuse_change();`)

    this.addSql(`drop index if exists "IDX_invoice_document_source_key_unique";`)
    this.addSql(
      `alter table if exists "invoice_document" drop column if exists "source_key", drop column if exists "country_code", drop column if exists "currency_code", drop column if exists "total", drop column if exists "pdf_sha256";`,
    )
  }
}
