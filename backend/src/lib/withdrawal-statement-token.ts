import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WITHDRAWAL_STATEMENT_TOKEN_PATTERN } from "@helder/schemas"
import { now } from "./clock"
import { sign, verifySignature } from "./signature"
import { HEADERS } from "@helder/contract"

/**
 * The header the storefront sends a statement token in, beside the order link: like the order link, a
 * header, so the token stays out of request logs.
 */
export const WITHDRAWAL_STATEMENT_HEADER = HEADERS.withdrawalStatement

/**
 * The moment a shopper sent their withdrawal statement through the public withdrawal function, signed
 * for that order. The period is met when the statement is sent in time (Directive 2011/83 art. 11(2)),
 * so the mailed link carries it and the confirmation is judged at it.
 */
export function statementToken(orderId: string, statedAt: Date): string {
  const moment = String(statedAt.getTime())
  return `${moment}.${sign("withdrawal-statement", `${orderId}.${moment}`)}`
}

/**
 * The moment of a statement token made for this order; null when it is malformed, altered, another order's or in the
 * future.
 */
export function readStatementToken(orderId: string, token: string): Date | null {
  const [, moment, signature] = WITHDRAWAL_STATEMENT_TOKEN_PATTERN.exec(token) ?? []
  if (!moment || !signature || !verifySignature("withdrawal-statement", `${orderId}.${moment}`, signature)) return null
  const statedAt = new Date(Number(moment))
  return statedAt.getTime() <= now().getTime() ? statedAt : null
}

/**
 * The statement moment a request carries for its order: undefined without one, a 400 for one that is not
 * this order's, so a shopper never confirms believing an altered link kept their date.
 */
export function requestStatedAt(req: MedusaRequest, orderId: string): Date | undefined {
  const token = req.headers[WITHDRAWAL_STATEMENT_HEADER]
  if (token === undefined) return undefined
  const statedAt = typeof token === "string" ? readStatementToken(orderId, token) : null
  if (!statedAt) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This withdrawal statement does not belong to this order or was altered; open the link from the mail again.",
    )
  }
  return statedAt
}
