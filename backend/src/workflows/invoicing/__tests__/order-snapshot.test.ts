import { sampleSnapshot } from "../../../modules/invoicing/__tests__/fixtures"
import { invoiceSnapshot, type InvoiceOrder } from "../order-snapshot"

const seller = sampleSnapshot().seller
const address = {
  first_name: "Bo",
  last_name: "Bakker",
  company: "Lampen B.V.",
  address_1: "Markt 1",
  postal_code: "7311 AB",
  city: "Apeldoorn",
  country_code: "nl",
}

/** An order as Query returns it: 2 lamps at € 99,95 and delivery at € 4,95, all 21 % VAT, prices incl. VAT. */
const order = (overrides: Partial<InvoiceOrder> = {}): InvoiceOrder => ({
  id: "order_1",
  display_id: 1001,
  created_at: "2026-11-20T10:00:00.000Z",
  email: "inkoop@example.nl",
  currency_code: "eur",
  metadata: { locale: "nl", vat_number: "NL123456789B01" },
  total: 204.85,
  items: [
    {
      id: "ordli_1",
      product_title: "Hanglamp Nova",
      variant_title: "Messing",
      quantity: 2,
      unit_price: 99.95,
      total: 199.9,
      tax_lines: [{ rate: 21 }],
    },
  ],
  shipping_methods: [{ id: "sm_1", name: "Thuisbezorgd", amount: 4.95, total: 4.95, tax_lines: [{ rate: 21 }] }],
  billing_address: address,
  shipping_address: address,
  payment_collections: [{ status: "authorized", payments: [{ provider_id: "pp_system_default", captured_at: null }] }],
  ...overrides,
})

describe("invoiceSnapshot", () => {
  it("bills each line and the delivery with net, VAT and gross, and totals equal to the order's", () => {
    const snapshot = invoiceSnapshot(order(), seller, new Date("2026-11-20T10:00:05Z"))
    expect(snapshot.lines).toEqual([
      {
        item_id: "ordli_1",
        description: "Hanglamp Nova — Messing",
        quantity: 2,
        unit_price_excl: 8260,
        vat_rate: 21,
        net: 16521,
        vat: 3469,
        gross: 19990,
      },
      {
        item_id: null,
        description: "Verzending: Thuisbezorgd",
        quantity: 1,
        unit_price_excl: 409,
        vat_rate: 21,
        net: 409,
        vat: 86,
        gross: 495,
      },
    ])
    expect(snapshot.totals).toEqual({ net: 16930, vat: 3555, gross: 20485 })
    expect(snapshot.buyer).toMatchObject({
      name: "Bo Bakker",
      company: "Lampen B.V.",
      vat_number: "NL123456789B01",
      address_lines: ["Markt 1", "7311 AB Apeldoorn"],
    })
    expect(snapshot.payment).toEqual({ method: "Betaling op rekening", status: "nog te betalen" })
  })

  it("prints only a well-formed VAT number, whatever the cart's metadata says", () => {
    expect(
      invoiceSnapshot(order({ metadata: { vat_number: "<script>" } }), seller, new Date()).buyer.vat_number,
    ).toBeNull()
  })

  it("is in the language of Medusa's own locale field, and of the metadata for orders placed before it", () => {
    expect(invoiceSnapshot(order({ locale: "en" }), seller, new Date()).locale).toBe("en")
    expect(invoiceSnapshot(order({ locale: "en", metadata: { locale: "nl" } }), seller, new Date()).locale).toBe("en")
    expect(invoiceSnapshot(order({ locale: null, metadata: { locale: "en" } }), seller, new Date()).locale).toBe("en")
    expect(invoiceSnapshot(order({ locale: "de", metadata: null }), seller, new Date()).locale).toBe("nl")
  })

  it("refuses to issue an invoice whose lines do not add up to the order's total", () => {
    expect(() => invoiceSnapshot(order({ total: 210 }), seller, new Date())).toThrow(
      /add up to 20485 cents but order order_1 totals 21000/,
    )
  })
})
