/**
 * What a log (or the retention run log) keeps of an error: its database code or its class, never its
 * message, which can quote a statement with a person's e-mail address bound into it.
 */
export function errorLabel(error: unknown): string {
  const code = (error as { code?: unknown }).code
  return typeof code === "string" ? `database error ${code}` : (error as Error).name || "error"
}
