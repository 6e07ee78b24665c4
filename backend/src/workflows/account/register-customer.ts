import { createCustomerAccountWorkflow, createCustomerAddressesWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAccountProfileStep } from "./steps/create-account-profile"
import { createAccountTokenStep } from "./steps/create-account-token"
import { registerAuthIdentityStep } from "./steps/register-auth-identity"
import { sendMailStep } from "../mail/steps/send-mail"
import type { Locale } from "@helder/contract"

export type RegisterCustomerInput = {
  email: string
  password: string
  first_name: string
  last_name: string
  phone: string
  birth_date?: string | null
  address: { address_1: string; postal_code: string; city: string; country_code: string }
  locale: Locale
  /** Base URL of the storefront, for the link in the verification mail. */
  storefront_url: string
}

/** Hours a verification link stays valid. */
export const VERIFY_EMAIL_TTL_MINUTES = 24 * 60

/**
 * Registers a customer: login identity, customer with default address, unverified profile, and a
 * mailed verification link. The account can log in only once the e-mail address is verified.
 */
export const registerCustomerWorkflow = createWorkflow("register-customer", (input: RegisterCustomerInput) => {
  const authIdentityId = registerAuthIdentityStep(
    transform({ input }, ({ input }) => ({ email: input.email, password: input.password })),
  )
  const customer = createCustomerAccountWorkflow.runAsStep({
    input: transform({ input, authIdentityId }, ({ input, authIdentityId }) => ({
      authIdentityId,
      customerData: {
        email: input.email,
        first_name: input.first_name,
        last_name: input.last_name,
        phone: input.phone,
      },
    })),
  })
  createCustomerAddressesWorkflow.runAsStep({
    input: transform({ input, customer }, ({ input, customer }) => ({
      addresses: [
        {
          ...input.address,
          customer_id: customer.id,
          first_name: input.first_name,
          last_name: input.last_name,
          phone: input.phone,
          is_default_shipping: true,
          is_default_billing: true,
        },
      ],
    })),
  })
  createAccountProfileStep(
    transform({ input, customer }, ({ input, customer }) => ({
      customer_id: customer.id,
      birth_date: input.birth_date,
    })),
  )
  const token = createAccountTokenStep(
    transform({ customer }, ({ customer }) => ({
      customer_id: customer.id,
      purpose: "verify_email" as const,
      ttl_minutes: VERIFY_EMAIL_TTL_MINUTES,
    })),
  )
  sendMailStep(
    transform({ input, token }, ({ input, token }) => ({
      to: input.email,
      template: "verify-email",
      locale: input.locale,
      data: { first_name: input.first_name },
      secrets: { link: `${input.storefront_url}/${input.locale}/account/verify?token=${token.secret}` },
    })),
  )
  return new WorkflowResponse(transform({ customer }, ({ customer }) => ({ customer_id: customer.id })))
})
