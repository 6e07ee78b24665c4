import { MASK, maskPersonalData } from "../masking"

describe("maskPersonalData", () => {
  it("masks personal fields however deep they sit, and leaves the rest", () => {
    const body = {
      order: {
        id: "order_1",
        display_id: 12,
        email: "anna.devries@example.nl",
        total: 24.95,
        shipping_address: { first_name: "Anna", last_name: "de Vries", address_1: "Hoofdstraat 12", postal_code: "7311 AB", city: "Apeldoorn", country_code: "nl", phone: "+31 55 123 4567" },
        customer: { email: "anna.devries@example.nl", company_name: null },
        items: [{ title: "Hanglamp Nova", quantity: 1 }],
      },
    }
    expect(maskPersonalData(body)).toEqual({
      order: {
        id: "order_1",
        display_id: 12,
        email: `a${MASK.repeat(3)}@${MASK.repeat(3)}.nl`,
        total: 24.95,
        shipping_address: { first_name: `A${MASK.repeat(3)}`, last_name: `d${MASK.repeat(3)}`, address_1: MASK.repeat(3), postal_code: `73${MASK.repeat(3)}`, city: "Apeldoorn", country_code: "nl", phone: `${MASK.repeat(3)}67` },
        customer: { email: `a${MASK.repeat(3)}@${MASK.repeat(3)}.nl`, company_name: null },
        items: [{ title: "Hanglamp Nova", quantity: 1 }],
      },
    })
  })
})
