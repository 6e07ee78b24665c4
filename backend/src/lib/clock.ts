/**
 * The shop's idea of "now" for deadlines (return and withdrawal windows, link expiry). Tests move it
 * with setClock to cross a deadline without waiting; nothing else changes it.
 */
let source: () => Date = () => new Date()

/** The current time. */
export function now(): Date {
  return source()
}

/** Replaces the clock (tests); call with no argument to go back to real time. */
export function setClock(clock?: () => Date): void {
  source = clock ?? (() => new Date())
}
