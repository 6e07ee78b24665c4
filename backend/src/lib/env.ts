import os from "node:os"
import path from "node:path"
import { z } from "@medusajs/framework/zod"
import { DEMO_OPERATOR_ENV, PRODUCTION_REQUIRED } from "@helder/privacy"

const KNOWN_DEFAULT_SECRETS = ["supersecret", "secret", "changeme", ""]

const secret = z.string().optional()
const flag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => value === "true" || value === "1")

/** Every setting the backend reads, checked once at start-up. */
export const backendEnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // The integration test runner creates and names its own databases.
    DATABASE_URL: z.string().optional(),
    REDIS_URL: z.url().optional(),
    MEDUSA_WORKER_MODE: z.enum(["shared", "server", "worker"]).default("shared"),
    MEDUSA_BACKEND_URL: z.url().default("http://localhost:9000"),
    STORE_CORS: z.string().default("http://localhost:8000"),
    ADMIN_CORS: z.string().default("http://localhost:9000"),
    AUTH_CORS: z.string().default("http://localhost:8000,http://localhost:9000"),
    JWT_SECRET: secret,
    COOKIE_SECRET: secret,
    /** Encrypts staff members' TOTP secrets at rest; derived from COOKIE_SECRET when unset. */
    AUTH_MFA_ENCRYPTION_KEY: z.string().min(32).optional(),
    ADMIN_DISABLED: flag,
    /** Lets the admin session cookie work over plain http (local runs and CI); never in a real deployment. */
    HELDER_INSECURE_COOKIES: flag,
    /** Set by medusa-config while `medusa build` runs: building needs no database. */
    HELDER_BUILDING: z.boolean().default(false),
    /** Outgoing mail server; without it mail is written as .eml files to HELDER_MAIL_DIR. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
      .optional(),
    HELDER_MAIL_DIR: z.string().default(path.join(os.tmpdir(), "helder-mail")),
    MAIL_FROM: z.string().default("Helder <winkel@helder.local>"),
    /** Where links in mails point: the storefront's public address. */
    STOREFRONT_URL: z.url().default("http://localhost:8000"),
    /** Shared with the storefront: proves that its x-helder-client-ip header is the shopper's address. */
    STOREFRONT_SECRET: z.string().min(32).optional(),
    /** Reverse proxies in front of the backend that append to X-Forwarded-For (0: callers connect directly). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    /** Brute-force limits (attempts per window); defaults follow the issue, operators may tune them. */
    RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().positive().default(5),
    RATE_LIMIT_RESET_MAILS_PER_HOUR: z.coerce.number().int().positive().default(3),
    RATE_LIMIT_REGISTRATIONS_PER_HOUR: z.coerce.number().int().positive().default(10),
    /**
     * Mail a form sends to an address the shop has not verified (account exists, reset, contact): per address and per
     * IP.
     */
    RATE_LIMIT_MAILS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().positive().default(3),
    RATE_LIMIT_MAILS_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(20),
    /**
     * Optional: a Pwned Passwords range API (https://api.pwnedpasswords.com) to refuse passwords known
     * from breaches. Only the first 5 hex characters of the password's SHA-1 leave the shop (k-anonymity).
     */
    PWNED_PASSWORDS_URL: z.url().optional(),
    /** The seller printed on invoices. The defaults are the demo operator's; production must set the real ones. */
    SELLER_NAME: z.string().min(1).default(DEMO_OPERATOR_ENV.SELLER_NAME),
    SELLER_STREET: z.string().min(1).default(DEMO_OPERATOR_ENV.SELLER_STREET),
    SELLER_POSTCODE_CITY: z.string().min(1).default(DEMO_OPERATOR_ENV.SELLER_POSTCODE_CITY),
    SELLER_COUNTRY: z.string().min(2).default("Nederland"),
    SELLER_KVK: z
      .string()
      .regex(/^\d{8}$/, "a KVK number has 8 digits")
      .optional(),
    SELLER_VAT_NUMBER: z
      .string()
      .regex(/^(NL\d{9}B\d{2}|BE[01]\d{9})$/, "a VAT number such as NL123456789B01")
      .optional(),
    SELLER_EMAIL: z.email().default(DEMO_OPERATOR_ENV.SELLER_EMAIL),
    SELLER_IBAN: z
      .string()
      .regex(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/, "an IBAN without spaces")
      .optional(),
    /**
     * Seconds a step waits for a lock another request holds (with REDIS_URL: an inventory item's lock during
     * cart completion) before it gives up with a 409.
     */
    LOCK_WAIT_SECONDS: z.coerce.number().int().positive().default(30),
    /** Days a guest's signed order link (invoice download, returns, withdrawal) stays valid. */
    ORDER_LINK_DAYS: z.coerce.number().int().positive().default(60),
    /** When the retention engine runs (cron, server time): nightly by default; tests run it every minute. */
    RETENTION_SCHEDULE: z
      .string()
      .regex(/^(\S+\s+){4}\S+$/, "a cron expression with five fields, such as 30 3 * * *")
      .default("30 3 * * *"),
    /**
     * The most rows (PostgreSQL's estimate over the tables the residue scan reads) an erasure searches at once; in a
     * larger database the erasure's residue check waits for the night's run, which searches once for everyone
     * erased that day.
     */
    RESIDUE_SCAN_INLINE_ROWS: z.coerce.number().int().min(0).default(500_000),
    /** When the night's residue check runs for the erasures that wait for it (cron, server time). */
    ERASURE_CHECK_SCHEDULE: z
      .string()
      .regex(/^(\S+\s+){4}\S+$/, "a cron expression with five fields, such as 0 2 * * *")
      .default("0 2 * * *"),
    STRIPE_API_KEY: z.string().startsWith("sk_").optional(),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_").optional(),
    /** Where the Stripe API answers, for a stand-in or proxy in tests; api.stripe.com when unset. */
    STRIPE_API_BASE: z.url().optional(),
  })
  .superRefine((env, ctx) => {
    if (!env.DATABASE_URL && env.NODE_ENV !== "test" && !env.HELDER_BUILDING) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: "DATABASE_URL is required (npm start sets it for the embedded PostgreSQL)",
      })
    }
    for (const key of ["JWT_SECRET", "COOKIE_SECRET"] as const) {
      const value = env[key] ?? ""
      const weak = KNOWN_DEFAULT_SECRETS.includes(value) || value.length < 32
      if (env.NODE_ENV === "production" && weak) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `${key} must be set to a random value of at least 32 characters in production`,
        })
      }
    }
    if (Boolean(env.STRIPE_API_KEY) !== Boolean(env.STRIPE_WEBHOOK_SECRET)) {
      ctx.addIssue({
        code: "custom",
        path: ["STRIPE_WEBHOOK_SECRET"],
        message: "set STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET together",
      })
    }
    if (env.STRIPE_API_BASE && URL.canParse(env.STRIPE_API_BASE)) {
      // The secret key and the payers' data go wherever this points: never a live key, never a stranger over plain
      // HTTP.
      const base = new URL(env.STRIPE_API_BASE)
      const local = ["localhost", "127.0.0.1", "[::1]"].includes(base.hostname)
      if (env.STRIPE_API_KEY?.startsWith("sk_live_"))
        ctx.addIssue({
          code: "custom",
          path: ["STRIPE_API_BASE"],
          message: "STRIPE_API_BASE is for a stand-in or proxy with a test key, not with a live key",
        })
      if (base.protocol !== "https:" && !(base.protocol === "http:" && local))
        ctx.addIssue({ code: "custom", path: ["STRIPE_API_BASE"], message: "use https, or http only on localhost" })
      if (base.pathname !== "/" || base.search)
        ctx.addIssue({
          code: "custom",
          path: ["STRIPE_API_BASE"],
          message: "give only scheme, host and port, such as http://127.0.0.1:12111",
        })
    }
  })
export type BackendEnv = z.infer<typeof backendEnvSchema>

/** Parses the environment or throws one error that lists every problem. */
export function readBackendEnv(source: NodeJS.ProcessEnv = process.env, { building = false } = {}): BackendEnv {
  // An empty variable (`STRIPE_API_KEY=` in a compose file) means "not set".
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""))
  const parsed = backendEnvSchema.safeParse({ ...set, HELDER_BUILDING: building })
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`)
  // The policy names the seller, the hosting, the mail provider and the carriers: in production from the
  // operator's settings, never the demo company's (a policy that is not true of the shop is no policy).
  if (set.NODE_ENV === "production" && !building) {
    for (const key of PRODUCTION_REQUIRED) {
      if (!set[key]?.trim() && !problems.some((problem) => problem.startsWith(`  - ${key}:`)))
        problems.push(`  - ${key}: must be set in production: the privacy policy and the invoices name it`)
    }
  }
  if (parsed.success && !problems.length) return parsed.data
  throw new Error(`Helder backend: invalid environment\n${problems.join("\n")}`)
}
