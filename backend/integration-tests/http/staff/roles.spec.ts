import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AUDIT_MODULE } from "../../../src/modules/audit"
import type AuditModuleService from "../../../src/modules/audit/service"
import { STAFF_MODULE } from "../../../src/modules/staff"
import type StaffModuleService from "../../../src/modules/staff/service"
import { allows, ROLE_IDS, ROLES, type RoleId } from "../../../src/api/surface/roles"
import { SURFACE } from "../../../src/api/surface/routes"
import { adminHeaders, failure } from "../helpers"

jest.setTimeout(300 * 1000)
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"

const FAKE_ID = "x_01M95QFDHWX1MPY1JCGCYVDHQD"
type Call = { method: string; pattern: string; path: string }

/** Every admin route of the surface table with a made-up id in each parameter. */
const ADMIN_ROUTES: (Call & { permission: string })[] = Object.entries(SURFACE).flatMap(([key, exposure]) => {
  const [method = "", pattern = ""] = key.split(" ")
  if (!pattern.startsWith("/admin") || exposure.kind !== "staff") return []
  return [{ method, pattern, path: pattern.replace(/:[a-z_]+/g, FAKE_ID), permission: exposure.permission }]
})

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const call = async ({ method, path }: Call, headers: { headers: Record<string, string> }) => {
      // A body no route accepts: a route the role may use answers 400 or 404, never runs with it.
      const request =
        method === "GET"
          ? api.get(path, headers)
          : method === "DELETE"
            ? api.delete(path, headers)
            : api.post(path, { helder_probe: true }, headers)
      return request.then(
        (response: { status: number; data?: any }) => response,
        (error: { response: { status: number; data?: any } }) => error.response,
      )
    }

    it.each([...ROLE_IDS, null] as (RoleId | null)[])(
      "[P-staff-roles] lets the role %s reach exactly the admin routes its permissions name, and refuses every other with 403",
      async (role) => {
        expect(ADMIN_ROUTES.length).toBeGreaterThan(350)
        const staff = await adminHeaders(getContainer(), api, role)
        const wrong: string[] = []
        for (const route of ADMIN_ROUTES) {
          const response = await call(route, staff)
          const refused = response.status === 403 && response.data?.type === "not_allowed"
          if (refused === allows(role, route.permission as never))
            wrong.push(`${route.method} ${route.pattern} → ${response.status} ${response.data?.message ?? ""}`)
        }
        expect(wrong).toEqual([])
      },
    )

    it("lets a user without a role see only their own profile and role", async () => {
      const staff = await adminHeaders(getContainer(), api, null)
      const { data } = await api.get("/admin/staff/me", staff)
      expect(data).toMatchObject({
        role: null,
        permissions: [],
        two_factor: { enabled: false, required: false, used: false },
      })
      expect((await api.get("/admin/users/me", staff)).status).toBe(200)
      expect((await failure(api.get("/admin/orders", staff))).data).toMatchObject({
        type: "not_allowed",
        message: expect.stringContaining("no role"),
      })
    })

    it("[P-staff-login] refuses an owner who logged in without a second factor everything but their profile", async () => {
      const owner = await adminHeaders(getContainer(), api, "owner", { twoFactor: false })
      const refused = await failure(api.get("/admin/orders", owner))
      expect(refused.status).toBe(403)
      expect(refused.data.type).toBe("two_factor_required")
      const { data } = await api.get("/admin/staff/me", owner)
      expect(data).toMatchObject({ role: "owner", two_factor: { enabled: false, required: true, used: false } })
      for (const role of ROLE_IDS.filter((id) => ROLES[id].twoFactor)) {
        const staff = await adminHeaders(getContainer(), api, role, { twoFactor: false })
        expect((await failure(api.get("/admin/privacy-requests", staff))).data.type).toBe("two_factor_required")
      }
    })

    it("answers the role, its permissions and the second factor on /admin/staff/me", async () => {
      const bookkeeper = await adminHeaders(getContainer(), api, "bookkeeping")
      const { data } = await api.get("/admin/staff/me", bookkeeper)
      expect(data.role).toBe("bookkeeping")
      expect(data.role_label).toBe("Boekhouding")
      expect(data.permissions.map((p: { id: string }) => p.id)).toEqual([...ROLES.bookkeeping.permissions])
      expect(data.two_factor).toEqual({ enabled: false, required: false, used: false })
      const officer = await adminHeaders(getContainer(), api, "privacy-officer")
      expect((await api.get("/admin/staff/me", officer)).data.two_factor).toEqual({
        enabled: true,
        required: true,
        used: true,
      })
    })

    it("lets an owner give and take roles, logs each change, and ends the colleague's logins", async () => {
      const owner = await adminHeaders(getContainer(), api, "owner")
      const colleague = await adminHeaders(getContainer(), api, "catalog")
      expect((await api.get("/admin/products?limit=1", colleague)).status).toBe(200)

      const changed = await api.post(
        `/admin/staff/${colleague.user_id}/role`,
        { role: "order-handling", reason: "moved to the warehouse" },
        owner,
      )
      expect(changed.data).toMatchObject({ role: "order-handling", previous: "catalog" })
      // The colleague's login ended with the change: they log in again and work with the new role.
      expect((await failure(api.get("/admin/products?limit=1", colleague))).status).toBe(401)

      const { data: list } = await api.get("/admin/staff", owner)
      expect(list.staff.find((s: { id: string }) => s.id === colleague.user_id)).toMatchObject({
        role: "order-handling",
        two_factor: false,
      })
      expect(list.roles.map((r: { id: string }) => r.id)).toEqual(ROLE_IDS)

      const audit = getContainer().resolve<AuditModuleService>(AUDIT_MODULE)
      const [event] = await audit.listAuditEvents({ action: "staff-role-change", subject_id: colleague.user_id })
      expect(event).toMatchObject({
        actor_id: owner.user_id,
        subject_type: "staff",
        reason: "catalog -> order-handling: moved to the warehouse",
      })

      // Nobody but an owner gives roles, and only the roles the table names.
      const catalog = await adminHeaders(getContainer(), api, "catalog")
      expect((await failure(api.post(`/admin/staff/${catalog.user_id}/role`, { role: "owner" }, catalog))).status).toBe(
        403,
      )
      expect(
        (await failure(api.post(`/admin/staff/${colleague.user_id}/role`, { role: "janitor" }, owner))).status,
      ).toBe(400)
      expect((await failure(api.post(`/admin/staff/${FAKE_ID}/role`, { role: "catalog" }, owner))).status).toBe(404)
    })

    it("keeps an owner when two owners take each other's role at once, and a demoted owner gives no more roles", async () => {
      const staff = getContainer().resolve<StaffModuleService>(STAFF_MODULE)
      const first = await adminHeaders(getContainer(), api, "owner")
      const second = await adminHeaders(getContainer(), api, "owner")
      // Only these two are owners, so each change alone would be allowed, but not both.
      for (const other of await staff.listStaffRoles({ role: "owner" })) {
        if (other.user_id !== first.user_id && other.user_id !== second.user_id)
          await staff.assignRole({ user_id: other.user_id, role: null, by: null })
      }
      const outcomes = await Promise.allSettled([
        api.post(`/admin/staff/${second.user_id}/role`, { role: "catalog", reason: "coup" }, first),
        api.post(`/admin/staff/${first.user_id}/role`, { role: "catalog", reason: "counter-coup" }, second),
      ])
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1)
      const owners = (await staff.listStaffRoles({ role: "owner" })).map((r) => r.user_id)
      expect(owners).toHaveLength(1)
      const [remaining] = owners
      const demoted = remaining === first.user_id ? second : first
      expect(await staff.roleOf(demoted.user_id)).toBe("catalog")

      // A change by someone who stopped being an owner after their request was let in is refused under the lock.
      await expect(staff.assignRole({ user_id: remaining!, role: "catalog", by: demoted.user_id })).rejects.toThrow(
        /Only an owner/,
      )
      // Deleting a colleague's user takes their role first, under the same checks: a deleted owner is no owner.
      const third = await adminHeaders(getContainer(), api, "owner")
      const keeper = remaining === first.user_id ? first : second
      expect((await api.delete(`/admin/users/${third.user_id}`, keeper)).status).toBe(200)
      expect(await staff.roleOf(third.user_id)).toBeNull()
      const self = await failure(api.delete(`/admin/users/${keeper.user_id}`, keeper))
      expect([self.status, self.data.message]).toEqual([400, expect.stringMatching(/only owner/)])
      // And the last owner cannot step down without a successor.
      const last = remaining === first.user_id ? first : second
      expect(await failure(api.post(`/admin/staff/${last.user_id}/role`, { role: "catalog" }, last))).toMatchObject({
        status: 400,
        data: { message: expect.stringMatching(/only owner/) },
      })
    })
  },
})
