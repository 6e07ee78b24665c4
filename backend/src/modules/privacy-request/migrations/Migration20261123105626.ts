import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123105626 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "data_request" drop constraint if exists "data_request_channel_check";`)

    this.addSql(
      `alter table if exists "data_request" add constraint "data_request_channel_check" check("channel" in ('self_service', 'guest', 'staff', 'retention'));`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "data_request" drop constraint if exists "data_request_channel_check";`)

    this.addSql(
      `alter table if exists "data_request" add constraint "data_request_channel_check" check("channel" in ('self_service', 'guest', 'staff'));`,
    )
  }
}
