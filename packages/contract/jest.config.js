/** Unit tests for the contract between the apps. */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": ["@swc/jest"] },
  testMatch: ["**/__tests__/**/*.test.ts"],
}
