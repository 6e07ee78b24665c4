import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { readBackendEnv, type BackendEnv } from "./src/lib/env"
import { redactRequestLog } from "./src/lib/request-log"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
// `medusa build` loads this file too, but compiling needs no database or secrets.
const env = readBackendEnv(process.env, { building: process.argv.includes("build") })
// Before the server starts: Medusa's request log keeps no full IP address, user agent or referrer.
redactRequestLog()

/**
 * Seconds Medusa's cache keeps a query result. Cart flows cache customers too, so personal data sits in
 * Redis at most this long after its last use (and is dropped at once when Medusa's own events change it).
 */
const CACHE_TTL_SECONDS = 600

/** With REDIS_URL the event bus, workflow engine, locking and caching move to Redis so several processes cooperate. */
function redisModules(redisUrl: string, lockWaitSeconds: number) {
  return [
    { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        // Cart completions wait for each inventory item's lock. Medusa's 5-second wait turned 15 of 150
        // completions by 50 shoppers at once into 409s (BENCHMARKS.md, issue 8); ours wait LOCK_WAIT_SECONDS (30).
        // Its waiters also poll in no order, so the longest waiting lost to newcomers: fair-locking queues
        // them per key in each process and logs the keys of a wait that gives up.
        providers: [
          {
            resolve: "./src/modules/fair-locking",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl, waitLockingTimeout: lockWaitSeconds },
          },
        ],
      },
    },
    {
      key: Modules.CACHING,
      resolve: "@medusajs/medusa/caching",
      options: {
        ttl: CACHE_TTL_SECONDS,
        providers: [
          { resolve: "@medusajs/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } },
        ],
      },
    },
  ]
}

/** Stripe joins the always-present system provider only when its keys are set. */
function paymentModule(env: BackendEnv) {
  if (!env.STRIPE_API_KEY) return []
  return [
    {
      key: Modules.PAYMENT,
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            // Medusa's provider has no setting for the API's address; ours (same provider id) adds one.
            resolve: env.STRIPE_API_BASE ? "./src/modules/stripe-payment" : "@medusajs/medusa/payment-stripe",
            id: "stripe",
            // Automatic payment methods let one Payment Element offer card, iDEAL and Bancontact.
            options: {
              apiKey: env.STRIPE_API_KEY,
              webhookSecret: env.STRIPE_WEBHOOK_SECRET,
              capture: true,
              automaticPaymentMethods: true,
              apiBase: env.STRIPE_API_BASE,
            },
          },
        ],
      },
    },
  ]
}

/** E-mail goes through Helder's SMTP provider (files when no SMTP server is set). */
function notificationModule(env: BackendEnv) {
  return {
    key: Modules.NOTIFICATION,
    resolve: "@medusajs/medusa/notification",
    options: {
      providers: [
        {
          resolve: "./src/modules/smtp-notification",
          id: "smtp",
          options: { channels: ["email"], smtpUrl: env.SMTP_URL, mailDir: env.HELDER_MAIL_DIR, from: env.MAIL_FROM },
        },
      ],
    },
  }
}

/**
 * Medusa's auth module with its two-factor login switched on: staff enrol a TOTP app (RFC 6238) from
 * their profile, with ten recovery codes stored hashed. Secrets are encrypted with a key of their own,
 * or one derived from COOKIE_SECRET. Helder's /auth middlewares add replay refusal, limits and the audit log.
 */
function authModule(env: BackendEnv) {
  return {
    key: Modules.AUTH,
    resolve: "@medusajs/medusa/auth",
    options: {
      providers: [{ resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" }],
      mfa: {
        encryption_key: env.AUTH_MFA_ENCRYPTION_KEY ?? `helder-mfa:${env.COOKIE_SECRET ?? "development"}`,
        recovery_code_count: 10,
        challenge_max_attempts: 5,
        providers: [{ id: "totp", options: { issuer: "Helder", digits: 6, period: 30, window: 1 } }],
      },
    },
  }
}

export default defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET || "supersecret",
      cookieSecret: env.COOKIE_SECRET || "supersecret",
    },
    // The admin's session cookie. Medusa makes it Secure in production; there it also takes the
    // __Host- prefix, which binds it to this exact host over HTTPS (no subdomain can set or read it).
    sessionOptions: {
      name: env.NODE_ENV === "production" && !env.HELDER_INSECURE_COOKIES ? "__Host-helder_admin" : "helder_admin",
    },
    ...(env.HELDER_INSECURE_COOKIES ? { cookieOptions: { secure: false, sameSite: "lax" as const } } : {}),
  },
  admin: {
    disable: env.ADMIN_DISABLED || env.MEDUSA_WORKER_MODE === "worker",
    // The backend serves the admin itself, so the admin calls its own origin: it works on whatever host and
    // port the backend runs (a URL baked in at build time broke every port but 9000).
    backendUrl: "/",
  },
  // Medusa's query cache (catalog, regions, prices) is only switched on where it is shared by every process.
  featureFlags: { caching: Boolean(env.REDIS_URL) },
  modules: [
    ...(env.REDIS_URL ? redisModules(env.REDIS_URL, env.LOCK_WAIT_SECONDS) : []),
    ...paymentModule(env),
    notificationModule(env),
    authModule(env),
    { resolve: "./src/modules/account" },
    { resolve: "./src/modules/contact" },
    { resolve: "./src/modules/newsletter" },
    { resolve: "./src/modules/invoicing" },
    { resolve: "./src/modules/withdrawal" },
    { resolve: "./src/modules/consent" },
    { resolve: "./src/modules/analytics" },
    { resolve: "./src/modules/privacy-request" },
    { resolve: "./src/modules/audit" },
    { resolve: "./src/modules/retention" },
    { resolve: "./src/modules/staff" },
    { resolve: "./src/modules/price-history" },
  ],
})
