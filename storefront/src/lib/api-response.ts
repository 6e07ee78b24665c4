import { NextResponse } from "next/server"
import type { z } from "zod"

/** 400 naming each bad field, as the backend answers: `categories: necessary is always part of a choice`. */
export function invalidBody(error: z.ZodError): NextResponse {
  return NextResponse.json(
    { message: error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; ") },
    { status: 400 },
  )
}
