const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

/** Unit tests sit in __tests__ beside the code; HTTP tests in integration-tests/http. */
const testMatch = {
  unit: ["**/src/**/__tests__/**/*.test.ts"],
  "integration:http": ["**/integration-tests/http/**/*.spec.ts"],
}[process.env.TEST_TYPE ?? "unit"]

module.exports = {
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true } } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch,
  // HTTP suites: one database is migrated per run and every suite starts from a copy of it.
  ...(process.env.TEST_TYPE === "integration:http" && {
    globalSetup: "./integration-tests/global-setup.js",
    globalTeardown: "./integration-tests/global-teardown.js",
    moduleNameMapper: { "^@medusajs/test-utils$": "<rootDir>/integration-tests/test-utils.js" },
  }),
}
