import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A page section: a heading, an optional line under it, then its content. */
export function Section({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{title}</Heading>
        {subtitle ? (
          <Text size="small" className="text-ui-fg-subtle">
            {subtitle}
          </Text>
        ) : null}
      </div>
      {children}
    </Container>
  )
}

/** What a section shows when it has nothing to list. */
export const Empty = ({ children }: { children: ReactNode }) => (
  <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
    {children}
  </Text>
)
