import { z } from "zod"

export const orderLookupQuerySchema = z
  .object({ number: z.coerce.number().int().positive().max(2_147_483_647) })
  .strict()
export type OrderLookupQuery = z.infer<typeof orderLookupQuerySchema>
