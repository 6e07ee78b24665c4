/**
 * Honest discounts: Directive 98/6/EC art. 6a (inserted by the Omnibus Directive 2019/2161 art. 2).
 * A price reduction is announced with its prior price: the lowest price the shop applied during the
 * 30 days before the reduction was first applied. Pure: the backend feeds it the price history.
 */

/** Art. 6a(2): the prior price is the lowest price of at least 30 days before the reduction. */
export const PRIOR_PRICE_DAYS = 30

const DAY_MS = 24 * 60 * 60 * 1000

/** The price list a price belongs to, as it stood when the price's history row was written. */
export type PriceListState = {
  id: string
  type: "sale" | "override"
  status: "active" | "draft"
  startsAt: Date | null
  endsAt: Date | null
  /** Rules (customer groups, ...) make a list's prices not everyone's price. */
  rulesCount: number
}

/** One row of the append-only price history: a price's state from `at` until its next row. */
export type PriceRecord = {
  at: Date
  priceId: string
  currencyCode: string
  regionId: string | null
  /** Rules besides the region (customer group, quantity): such a price is not everyone's price. */
  otherRules: number
  amount: number
  minQuantity: number | null
  priceList: PriceListState | null
  /** The price was deleted (or its list was). */
  removed: boolean
}

/** The price a shopper was offered from `from` until `to` (null: still). */
export type AppliedPeriod = { from: Date; to: Date | null; amount: number; base: number | null; reduced: boolean }

/** What the shop may say about a price at one moment. */
export type PriceStatement = {
  current: number
  /** Present only when a reduction is running and its prior price is known and higher. */
  reduction: { since: Date; priorPrice: number } | null
}

type Applied = { amount: number; base: number | null; reduced: boolean }

function activeList(list: PriceListState | null, moment: Date): boolean {
  if (!list) return true
  if (list.status !== "active" || list.rulesCount > 0) return false
  if (list.startsAt && list.startsAt > moment) return false
  return !(list.endsAt && list.endsAt <= moment)
}

/** The price that applied at `moment`, given each price's latest state: the lower of base and sale. */
function appliedAt(states: Iterable<PriceRecord>, moment: Date, regionId: string | null): Applied | null {
  const live = [...states].filter(
    (s) => !s.removed && s.otherRules === 0 && (s.minQuantity ?? 1) <= 1 && activeList(s.priceList, moment),
  )
  const lowest = (kind: "base" | "sale" | "override") => {
    const ofKind = live.filter((s) => (kind === "base" ? !s.priceList : s.priceList?.type === kind))
    // Within a kind, a price for the region wins over one for the whole currency, as in Medusa's calculation.
    const regional = ofKind.filter((s) => s.regionId !== null && s.regionId === regionId)
    const amounts = (regional.length ? regional : ofKind.filter((s) => s.regionId === null)).map((s) => s.amount)
    return amounts.length ? Math.min(...amounts) : null
  }
  const base = lowest("base")
  const override = lowest("override")
  const sale = lowest("sale")
  if (override !== null) return { amount: override, base, reduced: false }
  if (sale !== null && (base === null || sale < base)) return { amount: sale, base, reduced: base !== null }
  return base === null ? null : { amount: base, base, reduced: false }
}

/**
 * The prices applied over time for one currency (and region) from a variant's history, as periods
 * between the moments anything changed: a history row, or a price list starting or ending.
 */
export function appliedPeriods(
  history: readonly PriceRecord[],
  currencyCode: string,
  regionId: string | null = null,
): AppliedPeriod[] {
  const rows = history.filter((r) => r.currencyCode === currencyCode).sort((a, b) => a.at.getTime() - b.at.getTime())
  const moments = new Set<number>()
  for (const row of rows) {
    moments.add(row.at.getTime())
    for (const edge of [row.priceList?.startsAt, row.priceList?.endsAt]) if (edge) moments.add(edge.getTime())
  }
  const first = rows[0]?.at.getTime()
  const times = [...moments].filter((t) => first !== undefined && t >= first).sort((a, b) => a - b)
  const periods: AppliedPeriod[] = []
  const states = new Map<string, PriceRecord>()
  let next = 0
  for (const [index, time] of times.entries()) {
    while (next < rows.length && rows[next]!.at.getTime() <= time) {
      states.set(rows[next]!.priceId, rows[next]!)
      next++
    }
    const applied = appliedAt(states.values(), new Date(time), regionId)
    if (!applied) continue
    const to = times[index + 1] === undefined ? null : new Date(times[index + 1]!)
    const last = periods[periods.length - 1]
    const same =
      last &&
      last.to?.getTime() === time &&
      last.amount === applied.amount &&
      last.reduced === applied.reduced &&
      last.base === applied.base
    if (last && same) last.to = to
    else periods.push({ from: new Date(time), to, ...applied })
  }
  return periods
}

/**
 * The price at `moment` and, when a reduction runs, its prior price (art. 6a):
 * - the reduction began where the uninterrupted reduced period containing `moment` began, so a
 *   reduction that deepens during one campaign keeps the prior price of before its first step
 *   (art. 6a(5), as the Netherlands and Belgium apply it);
 * - the prior price is the lowest price applied in the 30 days before that beginning. The reduced
 *   price itself is never in that window; an earlier sale inside it is, which is what the article
 *   says (a sale ended and restarted within 30 days announces the earlier sale price as prior price);
 * - a product on sale for less than 30 days before the reduction counts from when it came on sale
 *   (art. 6a(4): NL and BE allow the shorter period for goods on the market under 30 days);
 * - no reduction is announced without a prior price, or when the prior price is not above the price.
 */
export function priceStatement(
  history: readonly PriceRecord[],
  moment: Date,
  currencyCode: string,
  regionId: string | null = null,
): PriceStatement | null {
  const periods = appliedPeriods(history, currencyCode, regionId).filter((p) => p.from <= moment)
  const nowIndex = periods.length - 1
  const now = periods[nowIndex]
  if (!now || (now.to && now.to <= moment)) return null
  if (!now.reduced) return { current: now.amount, reduction: null }
  let start = nowIndex
  while (
    start > 0 &&
    periods[start - 1]!.reduced &&
    periods[start - 1]!.to?.getTime() === periods[start]!.from.getTime()
  )
    start--
  const since = periods[start]!.from
  const windowStart = since.getTime() - PRIOR_PRICE_DAYS * DAY_MS
  const before = periods.slice(0, start).filter((p) => (p.to ?? since).getTime() > windowStart)
  if (!before.length) return { current: now.amount, reduction: null }
  const priorPrice = Math.min(...before.map((p) => p.amount))
  return { current: now.amount, reduction: priorPrice > now.amount ? { since, priorPrice } : null }
}
