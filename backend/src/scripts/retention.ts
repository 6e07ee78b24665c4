import type { ExecArgs } from "@medusajs/framework/types"
import { RetentionBusyError, runRetention, type RunReport } from "../workflows/retention/run-retention"

/** The report as a table: per rule what the run selected (and, unless a dry run, changed), with sample ids. */
function table(report: RunReport): string {
  const rows = report.steps.map((s) => [
    s.rule,
    s.action,
    s.cutoff.slice(0, 16).replace("T", " "),
    String(s.rows),
    String(s.batches),
    s.samples.join(" "),
  ])
  const head = ["rule", "action", "cutoff (UTC)", "rows", "batches", "sample ids"]
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 3 || i === 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd()
  return [line(head), ...rows.map(line)].join("\n")
}

/**
 * `npm run retention` (a dry run) and `npm run retention -- --apply` (a real run): the retention engine from
 * the command line, printing per rule the rows past their term and a few of their ids.
 * `--batch-size=N` changes the rows per transaction.
 */
export default async function retention({ container, args: given }: ExecArgs) {
  // `medusa exec` refuses options it does not know, so they arrive as words (apply, batch-size=100); dashes are allowed
  // too.
  const args = given.map((a) => a.replace(/^--/, ""))
  const apply = args.includes("apply")
  const batchArg = args.find((a) => a.startsWith("batch-size="))
  const batchSize = batchArg ? Number(batchArg.slice("batch-size=".length)) : undefined
  const understood = (a: string) =>
    a === "apply" || a === "dry-run" || (a === batchArg && Number.isInteger(batchSize) && batchSize! > 0)
  const bad = args.filter((a) => !understood(a))
  if (bad.length)
    throw new Error(
      `usage: npm run retention -- [--dry-run | --apply] [--batch-size=N]; not understood: ${bad.join(" ")}`,
    )
  try {
    const report = await runRetention(container, { dryRun: !apply, trigger: "cli", batchSize })
    if (!report) return
    console.log(
      `${apply ? "Retention run" : "Dry run (nothing changed)"} ${report.run_id} as of ${report.as_of}\n${table(report)}`,
    )
  } catch (error) {
    if (error instanceof RetentionBusyError) {
      console.error(error.message)
      process.exitCode = 1
      return
    }
    throw error
  }
}
