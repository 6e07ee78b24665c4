import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** An erasure in a large database keeps what the night's residue check looks for until that check has run. */
export class Migration20261207200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "data_request" add column if not exists "residue_check" jsonb null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "data_request" drop column if exists "residue_check";`)
  }
}
