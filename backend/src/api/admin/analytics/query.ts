import { z } from "@medusajs/framework/zod"

/** The report's period: the last `days` days up to today (Amsterdam time). */
export const analyticsReportQuery = z.object({ days: z.coerce.number().int().min(1).max(400).default(30) }).strict()
export type AnalyticsReportQuery = z.infer<typeof analyticsReportQuery>
