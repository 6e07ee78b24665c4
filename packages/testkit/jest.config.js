/** Unit tests for the test kit. */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["@swc/jest"] },
  testMatch: ["**/__tests__/**/*.test.ts"],
}
