// Stock Medusa 2.21 for `npm run bench:stock` (bench/stock.mjs): Medusa's default modules only (in-memory event
// bus, workflow engine, locking and cache; the system payment and tax providers; the manual fulfillment
// provider), no middlewares, subscribers, hooks or modules of Helder's. It runs on the @medusajs packages of the
// repository root, the same ones Helder's backend uses.
const { defineConfig, loadEnv } = require("@medusajs/framework/utils")

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  // The bench calls the store API only; the admin app would need a build.
  admin: { disable: true },
})
