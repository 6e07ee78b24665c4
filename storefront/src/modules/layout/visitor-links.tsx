"use client"

import { useEffect, useState } from "react"
import { Link, usePathname } from "@/i18n/navigation"

type Visitor = { cart_items: number; logged_in: boolean }

const listeners = new Set<() => void>()

/** Asks the header to read the visitor's cart and login again, after a change on the same page. */
export function refreshVisitor() {
  for (const listener of listeners) listener()
}

/**
 * The header's account and cart links, filled in by the browser from /api/visitor: the page around
 * them is the same for every visitor and may come from the page cache. Until the answer is in, the
 * account link says "Mijn account" (which sends a visitor without a login to the login page) and the
 * cart shows no count; both keep their width, so nothing moves when it arrives.
 */
export function VisitorLinks({ labels }: { labels: { account: string; login: string; cart: string } }) {
  const pathname = usePathname()
  const [visitor, setVisitor] = useState<Visitor | null>(null)
  const [asked, setAsked] = useState(0)
  useEffect(() => {
    const again = () => setAsked((n) => n + 1)
    listeners.add(again)
    return () => void listeners.delete(again)
  }, [])
  useEffect(() => {
    const controller = new AbortController()
    fetch("/api/visitor", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<Visitor>) : null))
      .then((answer) => answer && setVisitor(answer))
      .catch(() => {})
    return () => controller.abort()
  }, [pathname, asked])
  const guest = visitor !== null && !visitor.logged_in
  return (
    <>
      <Link href={guest ? "/account/login" : "/account"} className="visitor-account" data-testid="account-link">
        {guest ? labels.login : labels.account}
      </Link>
      <Link href="/cart" data-testid="cart-link">
        {labels.cart} <span className="visitor-count">{visitor ? `(${visitor.cart_items})` : ""}</span>
      </Link>
    </>
  )
}
