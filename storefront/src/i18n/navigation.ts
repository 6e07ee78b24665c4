import { createElement, type ComponentProps } from "react"
import { createNavigation } from "next-intl/navigation"
import { routing } from "./routing"

const navigation = createNavigation(routing)

/** Locale-aware redirect and hooks; use these instead of next/navigation. */
export const { redirect, usePathname, useRouter, getPathname } = navigation

/**
 * Locale-aware Link (use it instead of next/link) that prefetches only when asked (`prefetch`): on a first
 * visit Next prefetched every link in view, the category menu, the footer and the product cards (Lighthouse
 * counted 42 requests on the home page against the starter's 23), each rendered by the server and read on
 * the phone's main thread while the page was still loading. A click fetches the page then.
 */
export function Link(props: ComponentProps<typeof navigation.Link>) {
  return createElement(navigation.Link, { prefetch: false, ...props })
}
