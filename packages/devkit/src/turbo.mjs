// Runs turbo from the devkit package, where it is installed (a root dependency would break `npm ci`
// on machines whose lockfile lacks other platforms' binaries).
import { fileURLToPath } from "node:url"
import { ROOT } from "./paths.mjs"
import { run } from "./processes.mjs"

/** Runs turbo with the given arguments from the repository root. */
export function turbo(args) {
  return run("turbo", args, { cwd: ROOT })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  turbo(process.argv.slice(2)).catch((error) => {
    console.error(error.message)
    process.exit(typeof error.code === "number" ? error.code : 1)
  })
}
