"use client"

import { useEffect, useState } from "react"
import type * as CookieConsent from "vanilla-cookieconsent"

type Library = typeof CookieConsent
let libraryReady: (library: Library) => void = () => {}
/** Resolves once the banner script has run, so the settings can be opened. */
const ready = new Promise<Library>((resolve) => {
  libraryReady = resolve
})

/** The banner script has run: the settings can be opened from now on. */
export const announceBannerReady = (library: Library) => libraryReady(library)

/**
 * "Cookie-instellingen" in the footer: re-opens the settings on any page. Disabled until the banner
 * script has run, so a click never falls into the gap before it can work.
 */
export function CookieSettingsButton({ label }: { label: string }) {
  const [library, setLibrary] = useState<Library | null>(null)
  useEffect(() => {
    void ready.then((loaded) => setLibrary(() => loaded))
  }, [])
  return (
    <button type="button" className="link" disabled={!library} onClick={() => library?.showPreferences()}>
      {label}
    </button>
  )
}
