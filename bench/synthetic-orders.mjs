// Synthetic orders for the benches, generated set-based in SQL (each statement takes N as its one
// binding), and the database they are generated in.
import knex from "knex"
import { configuredDatabase, query, startEmbeddedPostgres } from "../packages/devkit/src/database.mjs"

/**
 * The database a set-based bench works in: the configured one, else the benches' own embedded
 * PostgreSQL (as bench/shop.mjs), so a running shop is not disturbed. Databases are made by copying a
 * migrated template; `stop` ends the embedded server.
 */
export async function benchDatabase() {
  let settings = configuredDatabase()
  let embedded = null
  if (!settings) {
    const pg = await startEmbeddedPostgres({ name: "bench-postgres", port: 5435 })
    ;[embedded, settings] = [pg.server, pg.settings]
  }
  return {
    settings,
    connect: (database) => knex({ client: "pg", connection: { ...settings, database }, pool: { min: 0, max: 2 } }),
    drop: (database) => query(settings, "postgres", `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
    copy: (database, template) => query(settings, "postgres", `CREATE DATABASE "${database}" TEMPLATE "${template}"`),
    stop: async () => {
      if (embedded) await embedded.stop()
    },
  }
}

/**
 * N orders delivered 3 years ago, as checkout and fulfilment leave them: shipping and billing address, one
 * fulfillment with its delivery address and link row, a guest customer with the same e-mail, and a
 * withdrawal notice on every 100th order. Ids sort like Medusa's, in order of placement. Besides, N/10
 * account customers with an address and no order here: every shop has them, and the planner sees them.
 */
export const FILL = [
  `insert into customer (id, email, first_name, last_name, phone, has_account, created_at, updated_at)
   select 'cus_' || lpad(i::text, 10, '0'), 'klant' || i || '@example.nl', 'Voornaam' || i, 'Achternaam', '06' || lpad(i::text, 8, '0'), false,
     now() - interval '3 years 7 days', now() - interval '3 years 7 days' from generate_series(1, ?::int) i`,
  `insert into customer (id, email, first_name, last_name, has_account)
   select 'cus_account_' || lpad(i::text, 10, '0'), 'account' || i || '@example.nl', 'Voornaam' || i, 'Achternaam', true from generate_series(1, ?::int / 10) i`,
  `insert into customer_address (id, customer_id, first_name, last_name, address_1, city, country_code, postal_code, is_default_shipping)
   select 'cuaddr_' || lpad(i::text, 10, '0'), 'cus_account_' || lpad(i::text, 10, '0'), 'Voornaam' || i, 'Achternaam', 'Kerkstraat 2', 'Zwolle', 'nl', '8011 AB', true
   from generate_series(1, ?::int / 10) i`,
  `insert into order_address (id, first_name, last_name, address_1, city, country_code, postal_code, phone, created_at, updated_at)
   select 'ordaddr_' || lpad(i::text, 10, '0') || kind, 'Voornaam' || i, 'Achternaam', 'Hoofdstraat ' || (i % 300 + 1), 'Apeldoorn', 'nl',
     (1000 + i % 9000) || ' ' || chr(65 + i % 26) || chr(65 + i / 26 % 26), '06' || lpad(i::text, 8, '0'), now() - interval '3 years 7 days', now() - interval '3 years 7 days'
   from generate_series(1, ?::int) i, (values ('s'), ('b')) k(kind)`,
  `insert into fulfillment_address (id, first_name, last_name, address_1, city, country_code, postal_code, phone, created_at, updated_at)
   select 'fuladdr_' || lpad(i::text, 10, '0'), 'Voornaam' || i, 'Achternaam', 'Hoofdstraat ' || (i % 300 + 1), 'Apeldoorn', 'nl',
     (1000 + i % 9000) || ' ' || chr(65 + i % 26) || chr(65 + i / 26 % 26), '06' || lpad(i::text, 8, '0'), now() - interval '3 years 6 days', now() - interval '3 years 6 days'
   from generate_series(1, ?::int) i`,
  `insert into fulfillment (id, location_id, packed_at, shipped_at, delivered_at, delivery_address_id, created_at, updated_at)
   select 'ful_' || lpad(i::text, 10, '0'), 'sloc_bench', now() - interval '3 years 6 days', now() - interval '3 years 5 days', now() - interval '3 years',
     'fuladdr_' || lpad(i::text, 10, '0'), now() - interval '3 years 6 days', now() - interval '3 years' from generate_series(1, ?::int) i`,
  `insert into order_fulfillment (id, order_id, fulfillment_id, created_at, updated_at)
   select 'ordful_' || lpad(i::text, 10, '0'), 'order_' || lpad(i::text, 10, '0'), 'ful_' || lpad(i::text, 10, '0'), now() - interval '3 years 6 days', now() - interval '3 years 6 days'
   from generate_series(1, ?::int) i`,
  `insert into "order" (id, region_id, customer_id, sales_channel_id, status, email, currency_code, shipping_address_id, billing_address_id, metadata, locale, created_at, updated_at)
   select 'order_' || lpad(i::text, 10, '0'), 'reg_bench', 'cus_' || lpad(i::text, 10, '0'), 'sc_bench', 'completed', 'klant' || i || '@example.nl', 'eur',
     'ordaddr_' || lpad(i::text, 10, '0') || 's', 'ordaddr_' || lpad(i::text, 10, '0') || 'b', '{"locale": "nl"}', 'nl', now() - interval '3 years 7 days', now() - interval '3 years'
   from generate_series(1, ?::int) i`,
  `insert into withdrawal_notice (id, order_id, name, email, order_reference, items, statement, locale, source, submitted_at)
   select 'wdn_' || lpad(i::text, 10, '0'), 'order_' || lpad(i::text, 10, '0'), 'Voornaam' || i || ' Achternaam', 'klant' || i || '@example.nl', '#' || i, '[]',
     'Ik, Voornaam' || i || ' Achternaam (klant' || i || '@example.nl), herroep hierbij de koop.', 'nl', 'guest', now() - interval '3 years'
   from generate_series(100, ?::int, 100) i`,
]
