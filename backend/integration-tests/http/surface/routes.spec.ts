import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ConfigModule } from "@medusajs/framework/types"
import { getResolvedPlugins } from "@medusajs/framework/utils"
import { SURFACE } from "../../../src/api/surface/routes"
import { adminHeaders, failure, seedAndGetStoreHeaders } from "../helpers"

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
  const dirs = [
    path.join(path.dirname(require.resolve("@medusajs/medusa/package.json")), "dist", "api"),
    ...plugins.map((plugin) => path.join(plugin.resolve, "api")),
  ]
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
  testSuite: ({ api, getContainer }) => {
    it("classifies every route the app serves, and lists no route that no longer exists", async () => {
      const routes = await loadedRoutes(getContainer().resolve("configModule"))
      expect(routes.length).toBeGreaterThan(400)
      const classified = Object.keys(SURFACE)
      expect({
        unclassified: routes.filter((route) => !(route in SURFACE)),
        vanished: classified.filter((key) => !routes.includes(key)),
      }).toEqual({
        unclassified: [],
        vanished: [],
      })
    })

    it("answers 404 on every closed route, to staff and shoppers alike", async () => {
      const store = await seedAndGetStoreHeaders(getContainer())
      const staff = await adminHeaders(getContainer(), api)
      const closed = Object.entries(SURFACE)
        .filter(([, exposure]) => exposure.kind === "closed")
        .map(([key]) => key.split(" ") as [string, string])
      expect(closed.length).toBeGreaterThan(20)
      const answers: string[] = []
      for (const [method, pattern] of closed) {
        const path = pattern.replace(/:actor_type/, "customer").replace(/:[a-z_]+/g, "x_01M95QFDHWX1MPY1JCGCYVDHQD")
        const headers = pattern.startsWith("/admin") ? staff : store
        const call =
          method === "GET"
            ? api.get(path, headers)
            : method === "DELETE"
              ? api.delete(path, headers)
              : api.post(path, {}, headers)
        const response = await failure(call)
        answers.push(`${method} ${pattern} ${response.status}`)
      }
      expect(answers.filter((answer) => !answer.endsWith(" 404"))).toEqual([])
    })
  },
})
