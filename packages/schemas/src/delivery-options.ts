/** One way the shop hands over an order, as configured in Medusa (a shipping option open to the store). */
export type DeliveryOption = {
  id: string
  name: string
  /** The option type's code: "home-delivery", "pickup", … */
  code: string | null
  description: string | null
  /** The flat price incl. VAT in the currency below; 0 is free. */
  amount: number
  currency_code: string
  /** The countries (ISO 3166-1 alpha-2, lower case) its service zone covers. */
  countries: string[]
}

/** The answer of GET /store/delivery-options: what shoppers can choose at checkout, and how returns travel. */
export type DeliveryOptionsResponse = { delivery_options: DeliveryOption[]; return_options: DeliveryOption[] }
