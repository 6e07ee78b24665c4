/**
 * The message namespaces code in the browser asks for (`useTranslations` in "use client" files and what
 * they import; __tests__/client-messages.test.ts keeps the list complete). Only these go to the client:
 * every page carried all of both languages' texts (40 kB) in its HTML, read again by React as it hydrated.
 */
export const CLIENT_NAMESPACES = [
  "account",
  "cart",
  "checkout",
  "contact",
  "dataRights",
  "errors",
  "guaranteeNotice",
  "newsletter",
  "product",
  "returns",
  "withdrawLink",
] as const

/** The client's share of the messages. */
export function clientMessages<T extends Record<string, unknown>>(messages: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(messages).filter(([namespace]) => (CLIENT_NAMESPACES as readonly string[]).includes(namespace)),
  ) as Partial<T>
}
