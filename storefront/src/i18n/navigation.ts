import { createNavigation } from "next-intl/navigation"
import { routing } from "./routing"

/** Locale-aware Link, redirect and hooks; use these instead of next/link and next/navigation. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing)
