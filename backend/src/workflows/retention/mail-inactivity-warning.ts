import { randomUUID } from "node:crypto"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Duration } from "@helder/privacy"
import { readBackendEnv } from "../../lib/env"
import { sendMailWorkflow } from "../mail/send-mail"
import { closeInactivityWarningsStep } from "./steps/close-inactivity-warnings"
import { prepareWarningMailStep } from "./steps/prepare-warning-mail"
import { startGracePeriodStep } from "./steps/start-grace-period"
import { type Locale, formatLongDate } from "@helder/contract"

export type MailInactivityWarningInput = {
  warning: { id: string; email: string; first_name: string | null; locale: string | null; active_again: boolean }
  /** The run's moment and the end of the grace period that starts with the mail (ISO). */
  at: string
  erase_after: string
  /** The rule's term, as the mail names it. */
  keep: Duration
}

/** A term as the warning mail names it: "3 jaar", "18 maanden". */
function termText(keep: Duration, locale: Locale): string {
  const words = {
    nl: { years: ["jaar", "jaar"], months: ["maand", "maanden"], days: ["dag", "dagen"] },
    en: { years: ["year", "years"], months: ["month", "months"], days: ["day", "days"] },
  }[locale]
  const parts = (["years", "months", "days"] as const)
    .filter((unit) => keep[unit])
    .map((unit) => `${keep[unit]} ${words[unit][keep[unit] === 1 ? 0 : 1]}`)
  return parts.join(locale === "nl" ? " en " : " and ")
}

/**
 * Mails one recorded warning and starts its grace period once the mail went out; an account used again meanwhile gets
 * no mail and its warning is closed.
 */
export const mailInactivityWarningWorkflow = createWorkflow(
  "mail-inactivity-warning",
  (input: MailInactivityWarningInput) => {
    const next = prepareWarningMailStep(
      transform({ input }, ({ input }) => ({ warning_id: input.warning.id, active_again: input.warning.active_again })),
    )
    when("account-used-again", { next }, ({ next }) => next === "cancel").then(() => {
      closeInactivityWarningsStep(
        transform({ input }, ({ input }) => ({ ids: [input.warning.id], status: "cancelled" as const })),
      )
    })
    when("warning-unmailed", { next }, ({ next }) => next === "send").then(() => {
      sendMailWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => {
          const locale = input.warning.locale === "en" ? "en" : "nl"
          return {
            to: input.warning.email,
            template: "account-inactive",
            locale,
            data: {
              first_name: input.warning.first_name ?? "",
              term: termText(input.keep, locale),
              erase_on: formatLongDate(new Date(input.erase_after), locale),
              link: `${readBackendEnv().STOREFRONT_URL}/${locale}/account/login`,
            },
            idempotency_key: `inactivity-warning:${input.warning.id}:${randomUUID()}`,
          }
        }),
      })
    })
    const started = when("warning-mailed", { next }, ({ next }) => next !== "cancel").then(() =>
      startGracePeriodStep(
        transform({ input }, ({ input }) => ({
          warning_id: input.warning.id,
          at: input.at,
          erase_after: input.erase_after,
        })),
      ),
    )
    return new WorkflowResponse(transform({ started }, ({ started }) => started === true))
  },
)
