"use client"

import { usePathname } from "next/navigation"
import { useEffect } from "react"
import type { AnalyticsEventName } from "@helder/privacy"
import { followPageInThirdParty } from "@/modules/consent/third-party"
import { track } from "./track"

/** Counts an event once when a page shows (a product viewed, checkout begun, an order placed). */
export function TrackEvent({ name, productId }: { name: AnalyticsEventName; productId?: string }) {
  useEffect(() => track(name, productId), [name, productId])
  return null
}

/** Counts a page view on every page the visitor opens, client-side navigation included. */
export function PageViews() {
  const pathname = usePathname()
  useEffect(() => {
    track("page_view")
    followPageInThirdParty()
  }, [pathname])
  return null
}
