import { z } from "@medusajs/framework/zod"

/** Query of the admin list: which messages, and which page. */
export const contactMessageListQuerySchema = z
  .object({
    /** overdue: open and past its due date (two working days after it arrived). */
    status: z.enum(["open", "overdue", "answered", "all"]).default("open"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100000).default(0),
  })
  .strict()
export type ContactMessageListQuery = z.infer<typeof contactMessageListQuerySchema>
