import { MASK, maskPersonalData } from "../masking"

describe("maskPersonalData", () => {
  it("masks personal fields however deep they sit, and leaves the rest", () => {
    const body = {
      order: {
        id: "order_1",
        display_id: 12,
        email: "anna.devries@example.nl",
        total: 24.95,
        shipping_address: {
          first_name: "Anna",
          last_name: "de Vries",
          address_1: "Hoofdstraat 12",
          postal_code: "7311 AB",
          city: "Apeldoorn",
          country_code: "nl",
          phone: "+31 55 123 4567",
        },
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
        shipping_address: {
          first_name: `A${MASK.repeat(3)}`,
          last_name: `d${MASK.repeat(3)}`,
          address_1: MASK.repeat(3),
          postal_code: `73${MASK.repeat(3)}`,
          city: "Apeldoorn",
          country_code: "nl",
          phone: `${MASK.repeat(3)}67`,
        },
        customer: { email: `a${MASK.repeat(3)}@${MASK.repeat(3)}.nl`, company_name: null },
        items: [{ title: "Hanglamp Nova", quantity: 1 }],
      },
    })
  })
})

describe("maskPersonalData on Medusa's own records", () => {
  const masked = MASK.repeat(3)

  it("masks every text of a notification's template data and a workflow run's input, whatever the keys", () => {
    const body = {
      notifications: [
        {
          id: "noti_1",
          to: "piet@example.nl",
          template: "contact-received",
          data: { name: "Piet Jansen", nested: { greeting: "Hallo Piet" }, count: 2 },
        },
      ],
      workflow_execution: {
        id: "wf_1",
        workflow_id: "create-cart",
        context: {
          data: { invoke: { input: { email: "piet@example.nl", shipping_address: { last_name: "Jansen" } } } },
        },
        execution: { steps: ["Jansen"] },
      },
    }
    expect(maskPersonalData(body)).toEqual({
      notifications: [
        {
          id: "noti_1",
          to: `p${masked}@${masked}.nl`,
          template: "contact-received",
          data: { name: masked, nested: { greeting: masked }, count: 2 },
        },
      ],
      workflow_execution: {
        id: "wf_1",
        workflow_id: "create-cart",
        context: { data: { invoke: { input: { email: masked, shipping_address: { last_name: masked } } } } },
        execution: { steps: [masked] },
      },
    })
  })

  it("masks e-mail addresses inside any text, and phone numbers inside a typed message", () => {
    const body = {
      contact_message: {
        id: "cmsg_1",
        order_number: "1042",
        message: "Bel me op 06-12345678 of mail piet@example.nl",
        reason: "asked by piet@example.nl",
      },
    }
    expect(maskPersonalData(body)).toEqual({
      contact_message: {
        id: "cmsg_1",
        order_number: "1042",
        message: `Bel me op ${masked}78 of mail p${masked}@${masked}.nl`,
        reason: `asked by p${masked}@${masked}.nl`,
      },
    })
  })
})

describe("maskPersonalData on a product's safety information (GPSR art. 19)", () => {
  const masked = MASK.repeat(3)
  const manufacturer = {
    name: "Lichtwerk Brabant B.V.",
    address: "Gloeidraadstraat 14, 5611 AB Eindhoven",
    email: "productveiligheid@lichtwerk.example.nl",
    country: "NL",
  }

  it("leaves the manufacturer and EU responsible person of a product's metadata in clear: every product page shows them", () => {
    const body = {
      products: [
        {
          id: "prod_1",
          metadata: { manufacturer, eu_responsible_person: manufacturer, contact: "inkoop@lichtwerk.example.nl" },
        },
      ],
    }
    expect(maskPersonalData(body)).toEqual({
      products: [
        {
          id: "prod_1",
          metadata: { manufacturer, eu_responsible_person: manufacturer, contact: `i${masked}@${masked}.nl` },
        },
      ],
    })
    const item = { order: { items: [{ product: { metadata: { manufacturer } } }] } }
    expect(maskPersonalData(item)).toEqual(item)
  })

  it("masks the same keys anywhere else, also a product nested in metadata someone else wrote", () => {
    const planted = {
      customer: {
        email: "piet@example.nl",
        metadata: {
          manufacturer: { email: "piet@example.nl" },
          product: { metadata: { manufacturer: { email: "piet@example.nl" } } },
        },
      },
    }
    const pietMasked = `p${masked}@${masked}.nl`
    expect(maskPersonalData(planted)).toEqual({
      customer: {
        email: pietMasked,
        metadata: {
          manufacturer: { email: pietMasked },
          product: { metadata: { manufacturer: { email: pietMasked } } },
        },
      },
    })
  })
})
