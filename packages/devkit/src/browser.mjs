import { existsSync } from "node:fs"
import { run } from "./processes.mjs"

/**
 * A Chromium for Playwright: CHROMIUM_PATH, else Debian's /usr/bin/chromium (installed with apt when
 * running as root and missing), else undefined so Playwright uses its own browser.
 */
export async function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH ${process.env.CHROMIUM_PATH} does not exist`)
    return process.env.CHROMIUM_PATH
  }
  const debian = "/usr/bin/chromium"
  if (existsSync(debian)) return debian
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("Helder tests: installing Debian's chromium package for the browser tests…")
    await run("apt-get", ["update", "-qq"], { quiet: true })
    await run("apt-get", ["install", "-y", "-qq", "chromium"], {
      quiet: true,
      env: { DEBIAN_FRONTEND: "noninteractive" },
    })
    if (existsSync(debian)) return debian
  }
  return undefined
}
