import { fileURLToPath } from "node:url"
import path from "node:path"

/** The repository root, wherever the command was started from. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")
/** Git-ignored folder for local state: embedded database, generated secrets, mails, logs. */
export const DATA_DIR = path.join(ROOT, ".data")
export const BACKEND_DIR = path.join(ROOT, "backend")
/** Where `medusa build` puts the runnable server; production start must run from here. */
export const BACKEND_SERVER_DIR = path.join(BACKEND_DIR, ".medusa", "server")
export const STOREFRONT_DIR = path.join(ROOT, "storefront")
export const BIN = path.join(ROOT, "node_modules", ".bin")

/** Settings every child process gets: no telemetry from any tool. */
export const QUIET_ENV = {
  MEDUSA_DISABLE_TELEMETRY: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
}
