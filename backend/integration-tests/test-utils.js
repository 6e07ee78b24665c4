// Stands in for @medusajs/test-utils in the HTTP suites (jest.config.js, moduleNameMapper): the same
// exports, but each suite's database starts as a copy of the run's migrated template. The runner
// still runs its migrations and link sync on it; they find nothing left to do.
const path = require("node:path")
const { cloneTemplate } = require("./database-template")

// By file path: the package name would map back to this file.
const testUtils = require(
  path.join(path.dirname(require.resolve("@medusajs/test-utils/package.json")), "dist", "index.js"),
)

/** medusaIntegrationTestRunner, with the suite's database cloned before the runner creates and migrates it. */
function medusaIntegrationTestRunner(options) {
  const hooks = options.hooks ?? {}
  return testUtils.medusaIntegrationTestRunner({
    ...options,
    hooks: {
      ...hooks,
      beforeServerStart: async (container) => {
        const { databaseUrl } = container.resolve("configModule").projectConfig
        await cloneTemplate(decodeURIComponent(new URL(databaseUrl).pathname.slice(1)))
        await hooks.beforeServerStart?.(container)
      },
    },
  })
}

module.exports = { ...testUtils, medusaIntegrationTestRunner }
