import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Statistics rows keep time to the hour only, their bookkeeping columns included: an exact time
 * could match an event to the order placed at that moment, and so to a person.
 */
export class Migration20261123060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function analytics_event_to_the_hour() returns trigger language plpgsql as $$
begin
  new.occurred_at := date_trunc('hour', new.occurred_at);
  new.created_at := date_trunc('hour', new.created_at);
  new.updated_at := date_trunc('hour', new.updated_at);
  return new;
end $$;`)
    this.addSql(
      `create trigger analytics_event_to_the_hour before insert or update on "analytics_event" for each row execute function analytics_event_to_the_hour();`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists analytics_event_to_the_hour on "analytics_event";`)
    this.addSql(`drop function if exists analytics_event_to_the_hour();`)
  }
}
