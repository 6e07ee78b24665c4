import type { DocumentSnapshot } from "../snapshot"

/** A valid invoice snapshot (two lines and delivery at 21 %) for tests; override what a test is about. */
export function sampleSnapshot(overrides: Partial<DocumentSnapshot> = {}): DocumentSnapshot {
  return {
    version: 1,
    locale: "nl",
    seller: {
      name: "Helder Verlichting B.V.",
      address_lines: ["Hoofdstraat 1", "7311 AA Apeldoorn", "Nederland"],
      country: "Nederland",
      kvk: "12345678",
      vat_number: "NL000099998B57",
      email: "winkel@helder.local",
    },
    buyer: {
      name: "Anna de Vries",
      company: null,
      address_lines: ["Stationsstraat 12", "7311 AB Apeldoorn"],
      country_code: "nl",
      email: "anna@example.nl",
      vat_number: "NL123456789B01",
    },
    order: { id: "order_01TEST", display_id: 1001, placed_at: "2026-11-20T10:00:00.000Z" },
    invoice_date: "2026-11-20T10:00:05.000Z",
    supply_date: "2026-11-20T10:00:00.000Z",
    currency_code: "eur",
    lines: [
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
    ],
    vat: [{ rate: 21, net: 16930, vat: 3555, gross: 20485 }],
    totals: { net: 16930, vat: 3555, gross: 20485 },
    payment: { method: "Betaling op rekening", status: "nog te betalen" },
    corrects: null,
    ...overrides,
  }
}
