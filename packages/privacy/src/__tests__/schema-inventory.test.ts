import { DATA_CATEGORIES } from "../data-categories"
import { EXPORT_KINDS } from "../data-export"
import { COLUMN_MARKERS, ENCODED_COLUMNS, inventoryColumns, SCHEMA_INVENTORY } from "../schema-inventory"

describe("the schema inventory", () => {
  it("classifies each column once, as a data category of the map or a marker", () => {
    const known = new Set<string>([...DATA_CATEGORIES.map((category) => category.id), ...COLUMN_MARKERS])
    const columns = inventoryColumns()
    expect(columns.filter((column) => !known.has(column.class))).toEqual([])
    const keys = columns.map((column) => `${column.table}.${column.column}`)
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([])
  })

  it("keeps invoices and credit notes as issued, and the customer's name and address as personal data", () => {
    expect(SCHEMA_INVENTORY.invoice_pdf?.hold).toEqual(["content"])
    expect(SCHEMA_INVENTORY.customer?.identity).toEqual(expect.arrayContaining(["first_name", "last_name"]))
    expect(SCHEMA_INVENTORY.order_address?.address).toEqual(
      expect.arrayContaining(["address_1", "phone", "postal_code"]),
    )
  })

  it("lets the residue scan skip an encoded column only where the text it was made from is searched in its place", () => {
    const classOf = new Map(inventoryColumns().map((column) => [`${column.table}.${column.column}`, column.class]))
    for (const [encoded, source] of Object.entries(ENCODED_COLUMNS)) {
      expect([encoded, classOf.get(encoded) ?? "not inventoried"]).toEqual([
        encoded,
        classOf.get(source) ?? "source not inventoried",
      ])
      expect([source, ENCODED_COLUMNS[source]]).toEqual([source, undefined])
    }
    expect(Object.keys(ENCODED_COLUMNS)).toEqual(["invoice_pdf.content"])
  })

  it("has an export kind for every category of personal data a column holds", () => {
    const exported = new Set<string>(Object.values(EXPORT_KINDS).flatMap((kind) => kind.covers))
    const held = new Set(
      inventoryColumns()
        .map((column) => column.class)
        .filter((cls) => !(COLUMN_MARKERS as readonly string[]).includes(cls)),
    )
    // Statistics are kept under a random key that changes every day: no row can be found for a person.
    expect([...held].filter((category) => !exported.has(category)).sort()).toEqual(["analytics"])
  })
})
