/** Unit tests for the data map. */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["@swc/jest"] },
  testMatch: ["**/__tests__/**/*.test.ts"],
}
