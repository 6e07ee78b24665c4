import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The moment a statement was sent through the public withdrawal function, kept beside its confirmation. */
export class Migration20261207123000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "withdrawal_notice" add column if not exists "stated_at" timestamptz null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "withdrawal_notice" drop column if exists "stated_at";`)
  }
}
