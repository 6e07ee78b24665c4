import { defineConfig } from "@playwright/test"
import { CHOSE_NECESSARY } from "./e2e/global-setup"

// `npm test` starts a freshly seeded backend and storefront and passes their URLs in; see packages/devkit.
const chromium = process.env.CHROMIUM_PATH

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  timeout: 60_000,
  // Generous for a busy machine (a cart message took over 10 s with both cores loaded); a passing check
  // returns at once.
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The JSON report lets `npm test` repeat the failures after the server log, at the end of the output.
  reporter: [["list"], ["json", { outputFile: "test-results/report.json" }]],
  use: {
    baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000",
    locale: "nl-NL",
    // A returning visitor who chose "necessary only"; e2e/consent.spec.ts starts without it.
    storageState: CHOSE_NECESSARY,
    trace: "off",
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
})
