// A shop's history generated set-based in SQL, for `npm run bench:million` (bench/million.mjs) and the test that
// checks its output (backend/integration-tests/http/privacy/million-generator.spec.ts): accounts with their
// addresses and profiles, orders spread over six years with their lines, shipping, payment, delivery and invoice
// (credit notes for cancelled orders), withdrawal notices and privacy requests. CommonJS so that both the bench
// (ESM) and the backend's Jest suites can load it. Unlike bench/synthetic-orders.mjs (every order expired on the
// same day, one guest each), orders here are placed day by day and most belong to accounts, because the admin
// list, an account's export and the nightly retention run read exactly that spread.

/** Years of order history, the oldest order first; order i is placed at i/orders of the way to now. */
const YEARS = 6

/**
 * The sizes of a generated shop. Two accounts are the measured subjects: account 1 (the export) and account 2
 * (the erasure) each have `heavy` orders, account 2's all delivered and past their return window.
 */
function millionSizes({ orders, customers, requests }) {
  const heavy = Math.min(500, Math.floor(orders / 40))
  // Even strides: account 1 takes the odd order numbers of its class, account 2 the even ones, so they never meet.
  const even = (n) => Math.max(2, 2 * Math.floor(n / 2))
  return {
    orders,
    customers,
    requests: requests ?? Math.max(50, Math.floor(orders / 200)),
    heavy,
    stride: even(orders / heavy),
    stride2: even((orders * 0.97) / heavy),
  }
}

/** The e-mail address, name and street line of account j and of the guest who placed order i. */
const ACCOUNT = { email: (j) => `account${j}@example.nl`, first: (j) => `Voornaam${j}`, last: "Klant" }
const GUEST = { email: (i) => `klant${i}@example.nl`, first: (i) => `Gast${i}`, last: "Bezoeker" }

/**
 * The statements, in order, each with its bindings. `regionId` and `salesChannelId` are the shop's (the seed's)
 * when it has them. Ends with the plan table dropped; run `vacuum analyze` afterwards.
 */
function millionFill({ orders, customers, requests, regionId = "reg_bench", salesChannelId = "sc_bench" }) {
  const size = millionSizes({ orders, customers, requests })
  const { heavy, stride, stride2 } = size
  const span = `interval '${YEARS * 365} days'`
  const at = (column) => `now() - interval '1 day' - ${span} + ${span} * (${column}::float8 / ${orders})`
  const raw = (value) => `jsonb_build_object('value', (${value})::text, 'precision', 20)`
  return [
    // One row per order: who placed it, when, and what it cost. Every statement below reads it.
    [
      `create unlogged table million_plan as
       select i, 'order_' || lpad(i::text, 10, '0') as id, owner, placed,
         case when placed < now() - interval '3 days' then placed + interval '3 days' end as delivered,
         i % 50 = 25 as cancelled, 1 + i % 3 as lines, 10 + (i * 37) % 290 as price
       from (select i, ${at("i")} + ((i::bigint * 7919) % 3600)::int * interval '1 second' as placed,
           case when i % ? = 1 and i <= ? then 1
                when i % ? = 2 and i <= ? then 2
                when i % 10 < 6 then (3 + (i::bigint * 7919) % (? - 2))::int end as owner
         from generate_series(1, ?::int) i) p`,
      [stride, stride * heavy, stride2, stride2 * heavy, customers, orders],
    ],
    [`alter table million_plan add primary key (i)`, []],
    // Accounts: registered over the six years, each with a profile (logged in within the last year) and an address.
    [
      `insert into customer (id, email, first_name, last_name, phone, has_account, created_at, updated_at)
       select 'cus_acc_' || lpad(j::text, 10, '0'), 'account' || j || '@example.nl', 'Voornaam' || j, 'Klant', '061' || lpad(j::text, 7, '0'), true,
         ${at("j::float8 * " + orders + " / " + customers)} - interval '30 days', ${at("j::float8 * " + orders + " / " + customers)} - interval '30 days'
       from generate_series(1, ?::int) j`,
      [customers],
    ],
    [
      `insert into account_profile (id, customer_id, email_verified_at, last_login_at, created_at, updated_at)
       select 'accprof_' || lpad(j::text, 10, '0'), 'cus_acc_' || lpad(j::text, 10, '0'), c.created_at, now() - (j % 300) * interval '1 day', c.created_at, c.created_at
       from generate_series(1, ?::int) j join customer c on c.id = 'cus_acc_' || lpad(j::text, 10, '0')`,
      [customers],
    ],
    [
      `insert into customer_address (id, customer_id, first_name, last_name, address_1, city, country_code, postal_code, phone, is_default_shipping, is_default_billing)
       select 'cuaddr_' || lpad(j::text, 10, '0'), 'cus_acc_' || lpad(j::text, 10, '0'), 'Voornaam' || j, 'Klant', 'Kerkweg ' || j, 'Zwolle', 'nl',
         (1000 + j % 9000) || ' ' || chr(65 + j % 26) || chr(65 + j / 26 % 26), '061' || lpad(j::text, 7, '0'), true, true
       from generate_series(1, ?::int) j`,
      [customers],
    ],
    // A guest customer per guest order, as checkout leaves one for an address without an account.
    [
      `insert into customer (id, email, first_name, last_name, phone, has_account, created_at, updated_at)
       select 'cus_gst_' || lpad(i::text, 10, '0'), 'klant' || i || '@example.nl', 'Gast' || i, 'Bezoeker', '062' || lpad(i::text, 7, '0'), false, placed, placed
       from million_plan where owner is null`,
      [],
    ],
    // Shipping and billing address of every order: the account's address, or the guest's own.
    [
      `insert into order_address (id, customer_id, first_name, last_name, address_1, city, country_code, postal_code, phone, created_at, updated_at)
       select 'ordaddr_' || lpad(i::text, 10, '0') || kind,
         case when owner is null then 'cus_gst_' || lpad(i::text, 10, '0') else 'cus_acc_' || lpad(owner::text, 10, '0') end,
         case when owner is null then 'Gast' || i else 'Voornaam' || owner end,
         case when owner is null then 'Bezoeker' else 'Klant' end,
         case when owner is null then 'Dorpsstraat ' || i else 'Kerkweg ' || owner end,
         case when owner is null then 'Apeldoorn' else 'Zwolle' end, 'nl',
         (1000 + coalesce(owner, i) % 9000) || ' ' || chr(65 + coalesce(owner, i) % 26) || chr(65 + coalesce(owner, i) / 26 % 26),
         case when owner is null then '062' || lpad(i::text, 7, '0') else '061' || lpad(owner::text, 7, '0') end, placed, placed
       from million_plan, (values ('s'), ('b')) k(kind)`,
      [],
    ],
    [
      `insert into "order" (id, display_id, region_id, customer_id, sales_channel_id, status, email, currency_code, shipping_address_id, billing_address_id,
         metadata, locale, created_at, updated_at, canceled_at)
       select id, i, ?, case when owner is null then 'cus_gst_' || lpad(i::text, 10, '0') else 'cus_acc_' || lpad(owner::text, 10, '0') end, ?,
         (case when cancelled then 'canceled' when delivered is null then 'pending' else 'completed' end)::order_status_enum,
         case when owner is null then 'klant' || i || '@example.nl' else 'account' || owner || '@example.nl' end, 'eur',
         'ordaddr_' || lpad(i::text, 10, '0') || 's', 'ordaddr_' || lpad(i::text, 10, '0') || 'b', '{"locale": "nl"}', 'nl', placed,
         coalesce(delivered, placed), case when cancelled then placed + interval '1 hour' end
       from million_plan`,
      [regionId, salesChannelId],
    ],
    [`select setval('order_display_id_seq', greatest(?::int, 1))`, [orders]],
    // Lines: one to three products, Medusa's line (what was sold) and item (how many, in which version).
    [
      `insert into order_line_item (id, title, product_title, variant_title, variant_sku, product_handle, unit_price, raw_unit_price, requires_shipping, created_at, updated_at)
       select 'ordli_' || lpad(i::text, 10, '0') || '_' || n, 'Hanglamp ' || (i * n) % 97, 'Hanglamp ' || (i * n) % 97, 'Messing',
         'HL-' || (i * n) % 97, 'hanglamp-' || (i * n) % 97, price + n, ${raw("price + n")}, true, placed, placed
       from million_plan, generate_series(1, lines) n`,
      [],
    ],
    [
      `insert into order_item (id, order_id, version, item_id, quantity, raw_quantity, fulfilled_quantity, shipped_quantity, delivered_quantity,
         return_requested_quantity, return_received_quantity, return_dismissed_quantity, written_off_quantity, created_at, updated_at)
       select 'orditem_' || lpad(i::text, 10, '0') || '_' || n, id, 1, 'ordli_' || lpad(i::text, 10, '0') || '_' || n, 1, ${raw(1)},
         case when delivered is null then 0 else 1 end, case when delivered is null then 0 else 1 end, case when delivered is null then 0 else 1 end,
         0, 0, 0, 0, placed, placed
       from million_plan, generate_series(1, lines) n`,
      [],
    ],
    [
      `insert into order_shipping_method (id, name, amount, raw_amount, shipping_option_id, created_at, updated_at)
       select 'ordsm_' || lpad(i::text, 10, '0'), 'Thuisbezorgd', 4.95, ${raw("4.95")}, 'so_bench', placed, placed from million_plan`,
      [],
    ],
    [
      `insert into order_shipping (id, order_id, version, shipping_method_id, created_at, updated_at)
       select 'ordspmv_' || lpad(i::text, 10, '0'), id, 1, 'ordsm_' || lpad(i::text, 10, '0'), placed, placed from million_plan`,
      [],
    ],
    [
      `insert into order_summary (id, order_id, version, totals, created_at, updated_at)
       select 'ordsum_' || lpad(i::text, 10, '0'), id, 1, jsonb_build_object(
           'paid_total', total, 'raw_paid_total', ${raw("total")}, 'refunded_total', 0, 'raw_refunded_total', ${raw(0)},
           'transaction_total', total, 'raw_transaction_total', ${raw("total")}, 'pending_difference', 0, 'raw_pending_difference', ${raw(0)},
           'current_order_total', total, 'raw_current_order_total', ${raw("total")}, 'original_order_total', total, 'raw_original_order_total', ${raw("total")},
           'credit_line_total', 0, 'raw_credit_line_total', ${raw(0)}, 'accounting_total', total, 'raw_accounting_total', ${raw("total")}), placed, placed
       from (select *, lines * price + lines * (lines + 1) / 2 + 4.95 as total from million_plan) p`,
      [],
    ],
    // Paid at checkout (the offline method), captured on delivery.
    [
      `insert into payment_collection (id, currency_code, amount, raw_amount, authorized_amount, raw_authorized_amount, captured_amount, raw_captured_amount,
         status, completed_at, created_at, updated_at)
       select 'pay_col_' || lpad(i::text, 10, '0'), 'eur', total, ${raw("total")}, total, ${raw("total")}, total, ${raw("total")}, 'completed', placed, placed, placed
       from (select *, lines * price + lines * (lines + 1) / 2 + 4.95 as total from million_plan) p`,
      [],
    ],
    [
      `insert into order_payment_collection (id, order_id, payment_collection_id, created_at, updated_at)
       select 'ordpay_' || lpad(i::text, 10, '0'), id, 'pay_col_' || lpad(i::text, 10, '0'), placed, placed from million_plan`,
      [],
    ],
    [
      `insert into payment_session (id, currency_code, amount, raw_amount, provider_id, data, status, authorized_at, payment_collection_id, created_at, updated_at)
       select 'payses_' || lpad(i::text, 10, '0'), 'eur', total, ${raw("total")}, 'pp_system_default', '{}', 'authorized', placed, 'pay_col_' || lpad(i::text, 10, '0'), placed, placed
       from (select *, lines * price + lines * (lines + 1) / 2 + 4.95 as total from million_plan) p`,
      [],
    ],
    [
      `insert into payment (id, amount, raw_amount, currency_code, provider_id, data, captured_at, payment_collection_id, payment_session_id, created_at, updated_at)
       select 'pay_' || lpad(i::text, 10, '0'), total, ${raw("total")}, 'eur', 'pp_system_default', '{}', delivered, 'pay_col_' || lpad(i::text, 10, '0'),
         'payses_' || lpad(i::text, 10, '0'), placed, placed
       from (select *, lines * price + lines * (lines + 1) / 2 + 4.95 as total from million_plan) p`,
      [],
    ],
    // Delivery of every order that is not cancelled: packed, shipped, delivered at its address.
    [
      `insert into fulfillment_address (id, first_name, last_name, address_1, city, country_code, postal_code, phone, created_at, updated_at)
       select 'fuladdr_' || lpad(o.i::text, 10, '0'), a.first_name, a.last_name, a.address_1, a.city, a.country_code, a.postal_code, a.phone, o.placed, o.placed
       from million_plan o join order_address a on a.id = 'ordaddr_' || lpad(o.i::text, 10, '0') || 's' where not o.cancelled`,
      [],
    ],
    [
      `insert into fulfillment (id, location_id, provider_id, packed_at, shipped_at, delivered_at, delivery_address_id, created_at, updated_at)
       select 'ful_' || lpad(i::text, 10, '0'), 'sloc_bench', 'manual_manual', placed + interval '1 day', placed + interval '2 days', delivered,
         'fuladdr_' || lpad(i::text, 10, '0'), placed + interval '1 day', coalesce(delivered, placed + interval '2 days')
       from million_plan where not cancelled`,
      [],
    ],
    [
      `insert into order_fulfillment (id, order_id, fulfillment_id, created_at, updated_at)
       select 'ordful_' || lpad(i::text, 10, '0'), id, 'ful_' || lpad(i::text, 10, '0'), placed + interval '1 day', placed + interval '1 day'
       from million_plan where not cancelled`,
      [],
    ],
    // A withdrawal on every 100th delivered order.
    [
      `insert into withdrawal_notice (id, order_id, name, email, order_reference, items, statement, locale, source, submitted_at)
       select 'wdn_' || lpad(i::text, 10, '0'), id, n.first || ' ' || n.last, n.email, '#' || i, '[]',
         'Ik, ' || n.first || ' ' || n.last || ' (' || n.email || '), herroep hierbij de koop.', 'nl', case when owner is null then 'guest' else 'customer' end, delivered + interval '2 days'
       from million_plan, lateral (select case when owner is null then 'Gast' || i else 'Voornaam' || owner end as first,
           case when owner is null then 'Bezoeker' else 'Klant' end as last,
           case when owner is null then 'klant' || i || '@example.nl' else 'account' || owner || '@example.nl' end as email) n
       where i % 100 = 0 and delivered is not null and not cancelled`,
      [],
    ],
    // Invoices: one per order, issued a few seconds after it was placed, numbered per year of the Dutch calendar in
    // order of issue; a credit note for each cancelled order, numbered in its own series.
    ...invoiceStatements(),
    // Privacy requests of the last three years, most of them closed, as the desk lists them; of the restrictions put in
    // force, one in twenty is still in force (not lifted), which the retention engine must respect. A request that
    // keeps an address names its account, as the shop's own do (their subject_hash is not the shop's keyed hash, so
    // an erasure finds them by the account: without it the residue scan rightly found the address left behind).
    [
      `insert into data_request (id, kind, channel, status, customer_id, email, subject_hash, locale, received_at, due_at, identity_status, identity_method, completed_at, lifted_at, created_at, updated_at)
       select 'dreq_' || lpad(r::text, 10, '0'), (array['export', 'erasure', 'correction', 'restriction', 'objection'])[1 + r % 5],
         (array['self_service', 'guest', 'staff'])[1 + r % 3],
         case when r % 20 = 0 then 'received' when r % 20 = 1 then 'awaiting_verification' when r % 20 = 2 then 'rejected' else 'completed' end,
         case when r % 3 = 0 or r % 20 < 2 then 'cus_acc_' || lpad((3 + r % (? - 2))::text, 10, '0') end,
         case when r % 20 < 2 then 'account' || (3 + r % (? - 2)) || '@example.nl' end, md5('subject' || r), 'nl', received, received + interval '1 month',
         case when r % 20 = 1 then 'pending' else 'verified' end, case when r % 20 <> 1 then 'password' end,
         case when r % 20 > 2 then received + interval '5 days' end,
         case when r % 5 = 3 and r % 20 > 2 and r % 100 <> 3 then received + interval '60 days' end, received, received
       from (select r, now() - interval '3 years' + interval '3 years' * (r::float8 / ?) as received from generate_series(1, ?::int) r) q`,
      [customers, customers, size.requests, size.requests],
    ],
    [`drop table million_plan`, []],
  ]
}

/** The invoice and credit-note statements (a part of millionFill): documents, their PDFs and the year's counters. */
function invoiceStatements() {
  const year = (column) => `extract(year from (${column}) at time zone 'Europe/Amsterdam')::int`
  // A stand-in for the PDF as issued (about the size of a real one, 2.7 kB), with its number; its SHA-256 is stored.
  const pdf = (number) =>
    `convert_to('%PDF-1.4' || chr(10) || '% synthetic ' || ${number} || chr(10) || repeat('0 0 0 rg 0 0 m 595 842 l S ', 100) || '%%EOF', 'UTF8')`
  const snapshot = `jsonb_build_object('version', 1, 'locale', 'nl',
      'seller', jsonb_build_object('name', 'Helder Verlichting B.V.', 'address_lines', jsonb_build_array('Hoofdstraat 1', '7311 AA Apeldoorn', 'Nederland'),
        'country', 'Nederland', 'kvk', '12345678', 'vat_number', 'NL000099998B57', 'email', 'winkel@helder.local'),
      'buyer', jsonb_build_object('name', a.first_name || ' ' || a.last_name, 'company', null,
        'address_lines', jsonb_build_array(a.address_1, a.postal_code || ' ' || a.city), 'country_code', 'nl', 'email', o.email, 'vat_number', null),
      'order', jsonb_build_object('id', o.id, 'display_id', o.display_id, 'placed_at', o.created_at),
      'invoice_date', d.issued, 'supply_date', o.created_at, 'currency_code', 'eur',
      'lines', jsonb_build_array(jsonb_build_object('item_id', null, 'description', 'Bestelling #' || o.display_id, 'quantity', 1,
        'unit_price_excl', round(d.gross / 1.21), 'vat_rate', 21, 'net', round(d.gross / 1.21), 'vat', d.gross - round(d.gross / 1.21), 'gross', d.gross)),
      'vat', jsonb_build_array(jsonb_build_object('rate', 21, 'net', round(d.gross / 1.21), 'vat', d.gross - round(d.gross / 1.21), 'gross', d.gross)),
      'totals', jsonb_build_object('net', round(d.gross / 1.21), 'vat', d.gross - round(d.gross / 1.21), 'gross', d.gross),
      'payment', jsonb_build_object('method', 'Betaling op rekening', 'status', 'betaald'), 'corrects', d.corrects)`
  const documents = (kind) => {
    const invoice = kind === "invoice"
    const issued = invoice ? "p.placed + interval '5 seconds'" : "p.placed + interval '1 hour'"
    const prefix = invoice ? "''" : "'C'"
    return `insert into invoice_document (id, kind, number, year, sequence, order_id, source_key, issued_at, corrects_number, country_code, currency_code, total, snapshot, pdf_sha256)
      select 'invdoc_' || ${invoice ? "'i'" : "'c'"} || lpad(d.i::text, 10, '0'), '${kind}', d.number, d.year, d.sequence, o.id,
        ${invoice ? "'order:' || o.id" : "'refund:bench_' || o.id"}, d.issued, ${invoice ? "null" : "d.corrects_number"}, 'nl', 'eur', d.gross,
        ${snapshot.replace("d.corrects", invoice ? "null" : "jsonb_build_object('number', d.corrects_number, 'invoice_date', d.invoice_date, 'reason', 'Bestelling geannuleerd')")},
        encode(sha256(${pdf("d.number")}), 'hex')
      from (select p.i, ${issued} as issued, ${year(issued)} as year,
              row_number() over (partition by ${year(issued)} order by ${issued}, p.i)::int as sequence,
              ${invoice ? "" : "inv.number as corrects_number, inv.issued_at as invoice_date,"}
              ${invoice ? "" : "-"}round((p.lines * p.price + p.lines * (p.lines + 1) / 2 + 4.95) * 100)::int as gross
            from million_plan p ${invoice ? "" : "join invoice_document inv on inv.source_key = 'order:' || p.id where p.cancelled"}) d0,
        lateral (select d0.*, ${prefix} || d0.year || '-' || lpad(d0.sequence::text, 6, '0') as number) d
        join "order" o on o.id = 'order_' || lpad(d.i::text, 10, '0')
        join order_address a on a.id = o.billing_address_id`
  }
  return [
    [documents("invoice"), []],
    [documents("credit_note"), []],
    [
      `insert into invoice_pdf (id, document_id, content, byte_size)
       select 'invpdf_' || substr(id, 8), id, encode(${pdf("number")}, 'base64'), octet_length(${pdf("number")}) from invoice_document`,
      [],
    ],
    [
      `insert into invoicing_sequence (id, year, kind, last_number)
       select 'invseq_' || kind || '_' || year, year, kind, max(sequence) from invoice_document group by year, kind`,
      [],
    ],
  ]
}

/**
 * What the invoice numbering promises, checked over the whole table (the numbering spec checks it as documents
 * are issued): per year and kind the sequences are 1..n without gap or duplicate, each number is printed from its
 * kind, year and sequence (as formatDocumentNumber does), the year is the year in Amsterdam, the year's
 * counter stands at its last number, every credit note corrects an invoice of its own order, and no order is
 * credited more than its invoice. Returns the problems found (none: an empty list) and the documents counted.
 */
async function invoiceNumberingProblems(db) {
  const { rows } = await db.raw(
    `select 'gap or duplicate in ' || kind || ' ' || year as problem from invoice_document group by kind, year
       having count(*) <> max(sequence) or count(distinct sequence) <> count(*) or min(sequence) <> 1
     union all
     select 'misprinted number ' || number from invoice_document
       where number <> case kind when 'credit_note' then 'C' else '' end || year || '-' || lpad(sequence::text, 6, '0')
     union all
     select 'year of ' || number || ' is not its issue year in Amsterdam' from invoice_document
       where year <> extract(year from issued_at at time zone 'Europe/Amsterdam')
     union all
     select 'counter of ' || coalesce(s.kind, d.kind) || ' ' || coalesce(s.year, d.year) || ' stands at ' || coalesce(s.last_number, 0) || ', not ' || coalesce(d.last, 0)
       from invoicing_sequence s full join (select kind, year, max(sequence) as last from invoice_document group by kind, year) d
         on d.kind = s.kind and d.year = s.year
       where s.last_number is distinct from d.last
     union all
     select 'credit note ' || c.number || ' corrects no invoice of its order' from invoice_document c
       where c.kind = 'credit_note' and not exists (select 1 from invoice_document i where i.kind = 'invoice' and i.number = c.corrects_number and i.order_id = c.order_id)
     union all
     select 'order ' || order_id || ' is credited more than invoiced' from invoice_document group by order_id having sum(total) < 0
     union all
     select 'document ' || id || ' has no PDF with its SHA-256' from invoice_document d
       where not exists (select 1 from invoice_pdf p where p.document_id = d.id and encode(sha256(decode(p.content, 'base64')), 'hex') = d.pdf_sha256)`,
  )
  const { rows: count } = await db.raw(`select count(*)::int as n from invoice_document`)
  return { problems: rows.map((row) => row.problem), documents: count[0].n }
}

module.exports = { ACCOUNT, GUEST, millionFill, millionSizes, invoiceNumberingProblems }
