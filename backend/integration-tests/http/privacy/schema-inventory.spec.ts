import type { Knex } from "knex"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { inventoryColumns } from "@helder/privacy"
import { TEXT_COLUMN_TYPES } from "../../../src/personal-data/residue-scan"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    it("[P-data-categories] classifies every text, JSON and array column of the migrated database, and no column that is gone", async () => {
      const pg: Knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await pg.raw<{ rows: { key: string }[] }>(
        `select c.table_name || '.' || c.column_name as key from information_schema.columns c
           join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
          where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.data_type = any(?)`,
        [TEXT_COLUMN_TYPES],
      )
      const migrated = new Set(rows.map((row) => row.key))
      const classified = new Set(inventoryColumns().map((column) => `${column.table}.${column.column}`))
      expect(migrated.size).toBeGreaterThan(900)
      expect({
        unclassified: [...migrated].filter((key) => !classified.has(key)).sort(),
        // `medusa db:migrate` adds its script log, which the test runner's migrations do not create.
        vanished: [...classified].filter((key) => !migrated.has(key) && !key.startsWith("script_migrations.")).sort(),
      }).toEqual({ unclassified: [], vanished: [] })
    })
  },
})
