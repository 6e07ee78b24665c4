import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206155642 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "audit_event" drop constraint if exists "audit_event_subject_type_check";`)

    this.addSql(
      `alter table if exists "audit_event" add constraint "audit_event_subject_type_check" check("subject_type" in ('customer', 'order', 'data_request', 'staff'));`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "audit_event" drop constraint if exists "audit_event_subject_type_check";`)

    this.addSql(
      `alter table if exists "audit_event" add constraint "audit_event_subject_type_check" check("subject_type" in ('customer', 'order', 'data_request'));`,
    )
  }
}
