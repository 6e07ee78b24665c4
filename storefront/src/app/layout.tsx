import type { ReactNode } from "react"

/** The html element lives in [locale]/layout so it can carry the page's language. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
