import { Text } from "@medusajs/ui"

/** A rule and its category names, as a run step names them. */
export const RuleCell = ({ rule, category }: { rule: string; category: string }) => (
  <>
    {category}
    <Text size="xsmall" className="text-ui-fg-subtle">
      {rule}
    </Text>
  </>
)
