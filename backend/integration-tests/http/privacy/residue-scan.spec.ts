import type { Knex } from "knex"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { personTokens, scanResidue, scanResidueOfMany } from "../../../src/personal-data/residue-scan"

jest.setTimeout(120 * 1000)

/** The person as the erasure collects them. */
const tokens = personTokens({
  strings: ["Marieke.Bos@Example.nl", "Lindelaan 12"],
  phones: ["+31 6 1357 9246"],
  names: [{ first: "Marieke", last: "van den Bos" }],
})

/**
 * The person written the ways people and systems write them: each must be found. An e-mail address or a phone number
 * on its own; a street line beside the full name, the full name beside a street line.
 */
const FOUND = [
  "MARIEKE.BOS@EXAMPLE.NL",
  "bel 06.1357.9246",
  "0031-6-1357 9246",
  "+31 (0)6\t13579246",
  '{"phone":"0613579246"}',
  "Marieke van den Bos, bezorgen: lindelaan\n12, Utrecht",
  "M. bezorgen:\nLindelaan 12 (Marieke van den Bos)",
  "Lindelaan   12 — marieke van den bos",
  "Lindelaan 12: marieke  VAN DEN\nBOS",
]
/**
 * Near misses, and other people who share a detail: must not be found. A namesake elsewhere, a household member at
 * the same address, the same street line in another town, the name or the street alone.
 */
const NOT_FOUND = [
  "Lindelaan 123",
  "06 1357 9247",
  "xmarieke.bos@example.nl",
  "Marieke de Vries, Lindelaan 12",
  "van den Bos, Lindelaan 12",
  "Marieke van den Bos, Dorpsstraat 3",
  "Pieter van den Bos, Lindelaan 12",
  "Lindelaan 12, Zwolle",
  "Marieke van den Bos",
]

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    const pg = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

    it("finds the person however a column writes them (case, line breaks, phone separators, JSON), and not their near misses", async () => {
      const rows = [...FOUND, ...NOT_FOUND].map((note, i) => ({ id: `cus_residue_${i}`, note }))
      for (const row of rows)
        await pg().raw(`insert into customer (id, metadata) values (?, ?::jsonb)`, [
          row.id,
          JSON.stringify({ note: row.note }),
        ])
      // The full name beside a street line makes a row theirs in different columns too; a namesake's row does not.
      await pg().raw(
        `insert into customer (id, first_name, last_name, metadata) values ('cus_residue_split', 'marieke', 'Van den Bos', '{"street": "Lindelaan 12"}')`,
      )
      await pg().raw(
        `insert into customer (id, first_name, last_name, metadata) values ('cus_residue_namesake', 'Marieke', 'van den Bos', '{"street": "Kerkstraat 1"}')`,
      )

      const scan = await scanResidue(pg(), tokens)
      const hits = Object.fromEntries(scan.hits.map((hit) => [`${hit.table}.${hit.column}`, hit.rows]))
      expect(hits).toEqual({
        "customer.metadata": FOUND.length + 1,
        "customer.first_name": 1,
        "customer.last_name": 1,
      })
      expect(scan.passed).toBe(false)

      // Each near miss alone is found nowhere.
      await pg().raw(
        `delete from customer where id in (${FOUND.map((_, i) => `'cus_residue_${i}'`).join(", ")}, 'cus_residue_split')`,
      )
      expect((await scanResidue(pg(), tokens)).hits).toEqual([])
    })

    it("searches for several people in one pass and reports each their own rows, counting for each only rows created up to their erasure", async () => {
      const other = personTokens({ strings: ["joost.klaver@example.nl"], phones: [], names: [] })
      const erasedAt = new Date("2026-06-01T12:00:00Z")
      const rows = [
        { id: "cus_many_1", email: "marieke.bos@example.nl", created_at: "2026-05-01T00:00:00Z" },
        { id: "cus_many_2", email: "joost.klaver@example.nl", created_at: "2026-05-01T00:00:00Z" },
        // Received after the erasure: new data, not its residue.
        { id: "cus_many_3", email: "joost.klaver@example.nl", created_at: "2026-06-02T00:00:00Z" },
      ]
      for (const row of rows)
        await pg().raw(`insert into customer (id, metadata, created_at) values (?, ?::jsonb, ?)`, [
          row.id,
          JSON.stringify({ note: row.email }),
          row.created_at,
        ])
      const hitsOf = (scan: { hits: { table: string; column: string; rows: number }[] }) =>
        Object.fromEntries(scan.hits.map((hit) => [`${hit.table}.${hit.column}`, hit.rows]))

      const [marieke, joost] = await scanResidueOfMany(pg(), [{ tokens }, { tokens: other, before: erasedAt }])
      expect(hitsOf(marieke!)).toEqual({ "customer.metadata": 1 })
      expect(hitsOf(joost!)).toEqual({ "customer.metadata": 1 })
      // Alone, and without a moment, each finds the same rows as in company (all of Joost's).
      expect(hitsOf(await scanResidue(pg(), tokens))).toEqual({ "customer.metadata": 1 })
      expect(hitsOf(await scanResidue(pg(), other))).toEqual({ "customer.metadata": 2 })
    })

    it("searches for more people at once than one statement can count (PostgreSQL's 1 664 columns), each their own rows", async () => {
      // 21 columns of order_line_item give 71 people a pass: 150 take three passes of the widest tables.
      const people = Array.from({ length: 150 }, (_, i) =>
        personTokens({ strings: [`wachtend${i}@example.nl`], phones: [], names: [] }),
      )
      const named = [0, 71, 149]
      for (const i of named)
        await pg().raw(`insert into customer (id, metadata) values (?, ?::jsonb)`, [
          `cus_many_pass_${i}`,
          JSON.stringify({ note: `wachtend${i}@example.nl` }),
        ])
      const scans = await scanResidueOfMany(
        pg(),
        people.map((tokens) => ({ tokens })),
      )
      const found = scans.flatMap((scan, i) => scan.hits.map((hit) => `${i}:${hit.table}.${hit.column}:${hit.rows}`))
      expect(found).toEqual(named.map((i) => `${i}:customer.metadata:1`))
    })
  },
})
