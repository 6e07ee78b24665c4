import type { DataMap, Duration, PolicyVersion, Service } from "./types"

/**
 * A moment `months` calendar months later (or earlier, when negative) in UTC, the day of the month clamped
 * to the target month's last day: 31 January plus one month is 28 (or 29) February, never 3 March.
 */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  const date = new Date(from.getTime())
  date.setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth(), Math.min(from.getUTCDate(), lastDay))
  return date
}

/** Adds a calendar duration (years and months, clamped to the month's end, then days) in UTC. */
export function addDuration(from: Date, duration: Duration): Date {
  const date = addMonths(from, 12 * (duration.years ?? 0) + (duration.months ?? 0))
  date.setUTCDate(date.getUTCDate() + (duration.days ?? 0))
  return date
}

/** The calendar day (YYYY-MM-DD) a moment falls on in Amsterdam: the shop's day, for dates it states. */
export function amsterdamDay(moment: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(moment)
}

/** The policy version in force at `now`: the newest whose effective date has come. */
export function currentPolicyVersion(map: DataMap, now: Date): PolicyVersion {
  const today = amsterdamDay(now)
  const inForce = map.policyVersions.filter((v) => v.effective <= today)
  return inForce[inForce.length - 1] ?? map.policyVersions[0]!
}

/** The versions published after `versionId` up to the current one: what a returning visitor has not seen. */
export function changesSince(map: DataMap, versionId: string, now: Date): PolicyVersion[] {
  const current = currentPolicyVersion(map, now)
  const seen = map.policyVersions.findIndex((v) => v.id === versionId)
  const upTo = map.policyVersions.indexOf(current)
  return map.policyVersions.slice(seen + 1, upTo + 1)
}

/** When a choice made at `givenAt` stops counting and the banner asks again. */
export function consentExpiry(map: DataMap, givenAt: Date): Date {
  return addDuration(givenAt, map.consent.validFor)
}

/** Every service, with the consent category it belongs to. */
export function allServices(map: DataMap): (Service & { category: DataMap["consentCategories"][number]["id"] })[] {
  return map.consentCategories.flatMap((category) =>
    category.services.map((service) => ({ ...service, category: category.id })),
  )
}

/** The declared cookie a browser cookie name belongs to, with its service and category; undefined when undeclared. */
export function findCookie(map: DataMap, name: string) {
  for (const service of allServices(map)) {
    const cookie = service.cookies.find((c) => (c.pattern ? new RegExp(`^${c.name}$`).test(name) : c.name === name))
    if (cookie) return { cookie, service, category: service.category }
  }
  return undefined
}

/** Whether a host the browser contacts is declared by a service (wildcards match one or more labels). */
export function isDeclaredHost(map: DataMap, host: string): boolean {
  return allServices(map).some((service) =>
    service.hosts.some((declared) =>
      declared.startsWith("*.") ? host.endsWith(declared.slice(1)) : host === declared,
    ),
  )
}
