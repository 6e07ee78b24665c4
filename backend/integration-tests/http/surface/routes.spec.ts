import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ConfigModule } from "@medusajs/framework/types"
import { getResolvedPlugins } from "@medusajs/framework/utils"
import { SURFACE } from "../../../src/api/surface/routes"

jest.setTimeout(120 * 1000)

type LoadedRoute = { method: string; matcher: string }
type RoutesLoaderClass = new (options: object) => { scanDir(dir: string): Promise<void>; getRoutes(): LoadedRoute[] }

/**
 * The routes the running app serves, found the way Medusa's API loader finds them: its own route
 * files, then every plugin's `api` folder (this project among them), scanned by Medusa's RoutesLoader.
 */
async function loadedRoutes(configModule: ConfigModule): Promise<string[]> {
  const http = path.dirname(require.resolve("@medusajs/framework/http"))
  const { RoutesLoader } = require(path.join(http, "routes-loader.js")) as { RoutesLoader: RoutesLoaderClass }
  const plugins = await getResolvedPlugins(process.cwd(), configModule, true)
  const dirs = [path.join(path.dirname(require.resolve("@medusajs/medusa/package.json")), "dist", "api"), ...plugins.map((plugin) => path.join(plugin.resolve, "api"))]
  const routes = new Set<string>()
  for (const dir of dirs) {
    const loader = new RoutesLoader({})
    await loader.scanDir(dir)
    for (const route of loader.getRoutes()) routes.add(`${route.method} ${route.matcher}`)
  }
  return [...routes].sort()
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    it("classifies every route the app serves, and lists no route that no longer exists", async () => {
      const routes = await loadedRoutes(getContainer().resolve("configModule"))
      expect(routes.length).toBeGreaterThan(400)
      const classified = Object.keys(SURFACE)
      expect({ unclassified: routes.filter((route) => !(route in SURFACE)), vanished: classified.filter((key) => !routes.includes(key)) }).toEqual({
        unclassified: [],
        vanished: [],
      })
    })
  },
})
