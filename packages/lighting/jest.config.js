/** Unit tests for the pure lighting definitions. */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["@swc/jest"] },
  testMatch: ["**/__tests__/**/*.test.ts"],
}
