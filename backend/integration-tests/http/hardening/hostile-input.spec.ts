import { readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import fc from "fast-check"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders, catchMailForSuite, registerCustomer, seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(600 * 1000)
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "100000"
process.env.RATE_LIMIT_REGISTRATIONS_PER_HOUR = "100000"
process.env.RATE_LIMIT_RESET_MAILS_PER_HOUR = "100000"

const mail = catchMailForSuite()
const API = path.resolve(__dirname, "../../../src/api")
const RUNS = Number(process.env.HOSTILE_INPUT_RUNS || 25)

type Route = { method: "GET" | "POST" | "DELETE"; path: string }

/** Every route Helder adds (each route.ts under src/api and the methods it exports), with [params] as written. */
function helderRoutes(dir = API): Route[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) return helderRoutes(file)
    if (name !== "route.ts") return []
    const urlPath = path.relative(API, dir).split(path.sep).join("/")
    const methods = [...readFileSync(file, "utf8").matchAll(/export async function (GET|POST|DELETE)\b/g)].map(
      (m) => m[1] as Route["method"],
    )
    return methods.map((method) => ({ method, path: `/${urlPath}` }))
  })
}

/**
 * Anything but a well-formed request: junk objects, arrays and strings (never empty: that would be a valid call of a
 * route without input), scalars, nesting.
 */
const junk = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 3 }), { minKeys: 1, maxKeys: 6 }),
  fc.array(fc.anything({ maxDepth: 2 }), { minLength: 1, maxLength: 5 }),
  fc.string({ minLength: 1, maxLength: 200 }),
  fc.integer(),
  fc.constant(null),
  fc
    .record(
      {
        email: fc.oneof(fc.string(), fc.integer(), fc.constant("a@b")),
        password: fc.oneof(fc.string(), fc.constant(null)),
        token: fc.string({ maxLength: 500 }),
        id: fc.string(),
      },
      { requiredKeys: [] },
    )
    .filter((r) => Object.keys(r).length > 0),
  fc.dictionary(
    fc.constantFrom("__proto__", "constructor", "$where", "limit", "offset", "fields", "order"),
    fc.anything({ maxDepth: 2 }),
    { minKeys: 1 },
  ),
)
const junkId = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constantFrom("..", "%00", "' or 1=1 --", "order_01ABC", "x".repeat(300)),
)
const junkQuery = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 10 }),
  fc.oneof(fc.string({ maxLength: 30 }), fc.constant("-1"), fc.constant("1e309")),
  { minKeys: 1, maxKeys: 4 },
)

/**
 * What every API answer carries (src/lib/security-headers.ts); HSTS only where the backend is served
 * over HTTPS. Express answers an unknown path itself with a policy of just "default-src 'none'", so
 * framing is checked by X-Frame-Options, which it leaves in place.
 */
function hasSecurityHeaders(headers: Record<string, unknown>): boolean {
  return (
    String(headers["content-security-policy"]).includes("default-src 'none'") &&
    headers["x-frame-options"] === "DENY" &&
    headers["x-content-type-options"] === "nosniff" &&
    headers["referrer-policy"] === "no-referrer" &&
    headers["strict-transport-security"] === undefined
  )
}

/** A stack trace or a source location in a response: never for a client. */
const LEAK = /\n\s+at |node_modules|\.ts:\d+|\.js:\d+|"stack"/

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    // Logging out with a body the route ignores would end the session the account routes are tried with: last.
    const routes = helderRoutes().sort(
      (a, b) => Number(a.path.endsWith("/logout")) - Number(b.path.endsWith("/logout")),
    )
    let headers: Record<"store" | "admin" | "customer", { headers: Record<string, string> }>

    beforeAll(async () => {
      const store = await seedAndGetStoreHeaders(getContainer())
      const staff = await adminHeaders(getContainer(), api)
      const customer = await registerCustomer(api, mail, store, "vijandig@example.nl")
      headers = { store, admin: { headers: { ...store.headers, ...staff.headers } }, customer }
      // The policy's editions are published the first time anyone asks for the policy, by design a write; asked
      // here, so it never falls inside the junk run (on a busy machine the registration's own ask came late).
      await api.get("/store/policy", store)
    })

    /**
     * What the shop holds, as counts and last changes of every table with rows: a request that writes
     * anything changes it. Left out: sessions (a logged-in request touches its own), and the retention run
     * log: "Voorbeeld" and "Nu uitvoeren" take no input, so a junk body that parses to nothing (a form body
     * "=" or a lone __proto__ key) is that very call, and it logs its run.
     */
    async function fingerprint() {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows: tables } = await pg.raw<{ rows: { table_name: string; has_updated: boolean }[] }>(
        `select t.table_name, exists (select 1 from information_schema.columns c where c.table_name = t.table_name and c.table_schema = 'public' and c.column_name = 'updated_at') as has_updated
          from information_schema.tables t where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
            and t.table_name not in ('customer_session', 'staff_session', 'retention_run', 'retention_step', 'mikro_orm_migrations', 'workflow_execution', 'script_migrations')
          order by t.table_name`,
      )
      const parts = await Promise.all(
        tables.map(async (t) => {
          const { rows } = await pg.raw(
            `select count(*)::int as n${t.has_updated ? ", max(updated_at) as at" : ""} from ??`,
            [t.table_name],
          )
          return `${t.table_name}:${rows[0].n}:${rows[0].at?.toISOString?.() ?? ""}`
        }),
      )
      return parts.filter((p) => !p.endsWith(":0:"))
    }

    it("answers random and malformed bodies, queries and ids on every Helder route without a 500, a stack trace, or a write", async () => {
      expect(routes.length).toBeGreaterThan(40)
      const before = await fingerprint()
      const failures: string[] = []
      for (const route of routes) {
        const who = route.path.startsWith("/admin")
          ? headers.admin
          : route.path.startsWith("/store/account")
            ? headers.customer
            : headers.store
        await fc
          .assert(
            fc.asyncProperty(junkId, junkId, junk, junkQuery, async (id, otherId, body, query) => {
              const url = route.path
                .replace(/\[[a-z_]+\]/, encodeURIComponent(id))
                .replace(/\[[a-z_]+\]/, encodeURIComponent(otherId))
              const search = new URLSearchParams(query).toString()
              const config = { ...who, validateStatus: () => true, transformResponse: (raw: unknown) => raw }
              const target = `${url}${search ? `?${search}` : ""}`
              const response =
                route.method === "GET"
                  ? await api.get(target, config)
                  : route.method === "DELETE"
                    ? await (api as any).delete(target, config)
                    : await api.post(target, body, config)
              const text =
                typeof response.data === "string"
                  ? response.data
                  : Buffer.isBuffer(response.data)
                    ? ""
                    : JSON.stringify(response.data)
              // Refusals carry the security headers as much as answers do.
              if (response.status >= 500 || LEAK.test(text) || !hasSecurityHeaders(response.headers)) {
                failures.push(
                  `${route.method} ${target} ${JSON.stringify(body)?.slice(0, 200)} → ${response.status} ${text.slice(0, 300)}`,
                )
                return false
              }
              return true
            }),
            { numRuns: RUNS, endOnFailure: true },
          )
          .catch(() => undefined)
      }
      expect(failures).toEqual([])
      expect(await fingerprint()).toEqual(before)
    })

    it("sends the security headers on Medusa's own routes too, an unknown route's 404 included", async () => {
      for (const target of [
        "/store/products",
        "/store/regions",
        "/admin/orders",
        "/auth/user/emailpass",
        "/store/no-such-route",
      ]) {
        const response = await api.get(target, { ...headers.admin, validateStatus: () => true })
        expect({ target, ok: hasSecurityHeaders(response.headers) }).toEqual({ target, ok: true })
      }
    })
  },
})
