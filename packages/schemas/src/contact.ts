import { z } from "zod"

/** An e-mail address, trimmed and lower-cased as the shop stores it. */
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email())

/** A Dutch or Belgian (or international) phone number as people type it. */
export const phoneSchema = z
  .string()
  .trim()
  .max(20)
  .regex(/^\+?[0-9 ()-]{8,20}$/, "invalid phone number")
