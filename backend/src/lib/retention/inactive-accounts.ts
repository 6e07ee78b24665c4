import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Duration, RetentionRule } from "@helder/privacy"
import { formatLongDate } from "../dates"
import { customerSubject } from "../data-export/subject"
import { dataRequestRow } from "../data-requests"
import { restricted } from "../../personal-data/retention-purgers"
import { readBackendEnv } from "../env"
import { openOrders } from "../erasure/open-orders"
import { PRIVACY_REQUEST_MODULE } from "../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../modules/privacy-request/service"
import { eraseDataSubjectWorkflow } from "../../workflows/erasure/erase-data-subject"
import { sendMailWorkflow } from "../../workflows/mail/send-mail"

const DAY = 24 * 60 * 60 * 1000

/**
 * An account's last sign of life that its own rows show: registration, a login, a session in use, or an
 * order it placed. SQL over the customer `c` and its profile `p`.
 */
const OWN_ACTIVITY = `greatest(c.created_at, p.last_login_at,
  (select max(o.created_at) from "order" o where o.customer_id = c.id),
  (select max(s.last_seen_at) from customer_session s where s.customer_id = c.id))`

/**
 * Every sign of life, including orders placed as a guest with the account's address (the erasure would take those too).
 */
const ACTIVITY = `greatest(${OWN_ACTIVITY}, (select max(o.created_at) from "order" o where lower(o.email) = lower(c.email)))`

/** An erasure of the customer is already on its way (asked for by the customer, or by this engine). */
const ERASURE_UNDER_WAY = `exists (select 1 from data_request r where r.customer_id = c.id and r.kind = 'erasure' and r.status in ('received', 'scheduled', 'deferred'))`

/**
 * Accounts inactive since before `cutoff` that have no open warning, in id order after the cursor, with
 * their last activity as text (microseconds intact, so a later comparison is exact). The cheap measures
 * pick the candidates first; only those are searched for guest orders under their address.
 */
export async function selectInactiveAccounts(
  db: Knex | Knex.Transaction,
  cutoff: Date,
  after: string | null,
  limit: number,
) {
  const { rows } = await db.raw<{ rows: { id: string; last_activity_at: string }[] }>(
    `with candidates as materialized (
        select c.id from customer c left join account_profile p on p.customer_id = c.id
        where c.has_account = true and c.deleted_at is null and ${OWN_ACTIVITY} < ?
          and not exists (select 1 from inactivity_warning w where w.customer_id = c.id and w.status = 'warned' and w.deleted_at is null)
          and not ${ERASURE_UNDER_WAY}
          and not ${restricted("c.id", "c.email")}
          and (?::text is null or c.id > ?))
      select c.id, (${ACTIVITY})::text as last_activity_at
      from candidates x join customer c on c.id = x.id left join account_profile p on p.customer_id = c.id
      where ${ACTIVITY} < ?
      order by c.id limit ?`,
    [cutoff, after, after, cutoff, limit],
  )
  return rows
}

/** Records a warning for each of these accounts (mailed afterwards, see mailPendingWarnings); returns how many. */
export async function recordWarnings(trx: Knex.Transaction, accounts: { id: string; last_activity_at: string }[]) {
  const result = await trx.raw(
    `insert into inactivity_warning (id, customer_id, last_activity_at, status)
      select 'inwarn_' || replace(gen_random_uuid()::text, '-', ''), a.id, a.at, 'warned' from unnest(?::text[], ?::timestamptz[]) as a(id, at)`,
    [accounts.map((a) => a.id), accounts.map((a) => a.last_activity_at)],
  )
  return Number(result.rowCount ?? 0)
}

/** A term as the warning mail names it: "3 jaar", "18 maanden". */
function termText(keep: Duration, locale: "nl" | "en"): string {
  const words = {
    nl: { years: ["jaar", "jaar"], months: ["maand", "maanden"], days: ["dag", "dagen"] },
    en: { years: ["year", "years"], months: ["month", "months"], days: ["day", "days"] },
  }[locale]
  const parts = (["years", "months", "days"] as const)
    .filter((unit) => keep[unit])
    .map((unit) => `${keep[unit]} ${words[unit][keep[unit] === 1 ? 0 : 1]}`)
  return parts.join(locale === "nl" ? " en " : " and ")
}

/** Warnings recorded but not yet mailed, with whether the account came back to life since (then no mail). */
async function pendingWarnings(pg: Knex) {
  const { rows } = await pg.raw<{
    rows: { id: string; email: string; first_name: string | null; locale: string | null; active_again: boolean }[]
  }>(
    `select w.id, c.email, c.first_name, ${ACTIVITY} > w.last_activity_at as active_again,
        (select o.metadata->>'locale' from "order" o where o.customer_id = c.id order by o.created_at desc limit 1) as locale
      from inactivity_warning w join customer c on c.id = w.customer_id left join account_profile p on p.customer_id = c.id
      where w.status = 'warned' and w.warned_at is null and w.deleted_at is null and c.email is not null
      order by w.id`,
  )
  return rows
}

/** Whether a warning's mail was delivered to the mail server (by any attempt). */
async function delivered(pg: Knex, warningId: string) {
  const { rows } = await pg.raw(
    `select 1 from notification where starts_with(idempotency_key, ?) and status = 'success' limit 1`,
    [`inactivity-warning:${warningId}:`],
  )
  return rows.length > 0
}

/**
 * Mails every recorded warning that has not gone out yet, then starts its grace period. The grace period
 * starts only once the mail server took the mail: a process that died before that mails again on the next
 * run (a rare second mail beats an erasure without warning). An account used again meanwhile gets no mail.
 * Returns how many warnings were mailed.
 */
export async function mailPendingWarnings(container: MedusaContainer, at: Date, rule: RetentionRule) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const eraseAfter = new Date(at.getTime() + (rule.graceDays ?? 0) * DAY)
  let mailed = 0
  for (const warning of await pendingWarnings(pg)) {
    if (warning.active_again) {
      await resolveWarnings(pg, [warning.id], "cancelled")
      continue
    }
    if (!(await delivered(pg, warning.id))) {
      const locale = warning.locale === "en" ? "en" : "nl"
      // A mail that fails is tried again on the next run; the others still go.
      await sendMailWorkflow(container)
        .run({
          input: {
            to: warning.email,
            template: "account-inactive",
            locale,
            data: {
              first_name: warning.first_name ?? "",
              term: termText(rule.keep, locale),
              erase_on: formatLongDate(eraseAfter, locale),
              link: `${readBackendEnv().STOREFRONT_URL}/${locale}/account/login`,
            },
            idempotency_key: `inactivity-warning:${warning.id}:${randomUUID()}`,
          },
        })
        .catch(() => undefined)
      if (!(await delivered(pg, warning.id))) continue
    }
    await pg.raw(
      `update inactivity_warning set warned_at = ?, erase_after = ?, updated_at = now() where id = ? and warned_at is null`,
      [at, eraseAfter, warning.id],
    )
    mailed++
  }
  return mailed
}

/**
 * Warnings whose grace period has ended, in id order after the cursor, with whether the account came back to life
 * since.
 */
export async function selectDueWarnings(db: Knex | Knex.Transaction, at: Date, after: string | null, limit: number) {
  const { rows } = await db.raw<{
    rows: { id: string; customer_id: string; email: string | null; active_again: boolean }[]
  }>(
    `select w.id, w.customer_id, c.email, ${ACTIVITY} > w.last_activity_at as active_again
      from inactivity_warning w join customer c on c.id = w.customer_id left join account_profile p on p.customer_id = c.id
      where w.status = 'warned' and w.erase_after < ? and w.deleted_at is null and c.has_account = true and c.deleted_at is null
        and not ${ERASURE_UNDER_WAY}
        and not ${restricted("c.id", "c.email")}
        and (?::text is null or w.id > ?)
      order by w.id limit ?`,
    [at, after, after, limit],
  )
  return rows
}

/** Closes warnings: cancelled (the account was used again) or erased. */
export async function resolveWarnings(db: Knex | Knex.Transaction, ids: string[], status: "cancelled" | "erased") {
  if (!ids.length) return 0
  const result = await db.raw(
    `update inactivity_warning set status = ?, resolved_at = now(), updated_at = now() where id = any(?) and status = 'warned'`,
    [status, ids],
  )
  return Number(result.rowCount ?? 0)
}

/**
 * Erases one inactive account through the same path as a customer's own request: a request (channel
 * "retention") and the erasure workflow, with its receipt mailed. An account with an order still open
 * waits for the next run. The request is recorded first, which closes login; only then is the account
 * checked once more, so a login just before cannot be overtaken by the erasure.
 */
export async function eraseInactiveAccount(
  container: MedusaContainer,
  warning: { id: string; customer_id: string; email: string },
  at: Date,
): Promise<"erased" | "waiting" | "active"> {
  const subject = await customerSubject(container, warning.customer_id)
  if (subject && (await openOrders(container, subject.orderIds, at)).length) return "waiting"
  const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
  const request = await requests.createDataRequests({
    ...dataRequestRow(
      {
        kind: "erasure",
        channel: "retention",
        email: warning.email,
        customer_id: warning.customer_id,
        identity_method: "inactive account, warned by e-mail",
      },
      at,
    ),
    status: "scheduled",
    scheduled_for: at,
  })
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw<{ rows: { active_again: boolean }[] }>(
    `select ${ACTIVITY} > w.last_activity_at as active_again from inactivity_warning w join customer c on c.id = w.customer_id
      left join account_profile p on p.customer_id = c.id where w.id = ? and w.status = 'warned'`,
    [warning.id],
  )
  if (!rows[0] || rows[0].active_again) {
    await requests.updateDataRequests({ id: request.id, status: "cancelled", completed_at: at })
    await resolveWarnings(pg, [warning.id], "cancelled")
    return "active"
  }
  await eraseDataSubjectWorkflow(container).run({ input: { request_id: request.id } })
  return "erased"
}

/** Warnings of accounts that were erased or removed some other way meanwhile are closed as erased. */
export async function closeWarningsOfRemovedAccounts(db: Knex | Knex.Transaction) {
  const result = await db.raw(
    `update inactivity_warning w set status = 'erased', resolved_at = now(), updated_at = now()
      from customer c where c.id = w.customer_id and w.status = 'warned' and (c.has_account = false or c.deleted_at is not null)`,
  )
  return Number(result.rowCount ?? 0)
}
