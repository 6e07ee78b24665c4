import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { STAFF_FAILURES_BEFORE_MAIL } from "../../../src/api/auth/login-failures"
import { AUDIT_MODULE } from "../../../src/modules/audit"
import type AuditModuleService from "../../../src/modules/audit/service"
import { adminHeaders, catchMailForSuite, failure } from "../helpers"

jest.setTimeout(120 * 1000)

const mail = catchMailForSuite()

// Staff logins with the shop's default limit (5 a minute per account and per IP): no override here.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    it("[P-security-limits] stops a run of wrong passwords with 429 and Retry-After, refuses the right one too, mails the staff member and logs every attempt", async () => {
      const staff = await adminHeaders(getContainer(), api, null)
      const statuses: number[] = []
      for (let attempt = 0; attempt < 8; attempt++)
        statuses.push(
          (
            await failure(
              api.post("/auth/user/emailpass", { email: staff.email, password: `wrong-password-${attempt}` }),
            )
          ).status,
        )
      expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401])
      expect(statuses.slice(5)).toEqual([429, 429, 429])

      const right = await failure(api.post("/auth/user/emailpass", { email: staff.email, password: staff.password }))
      expect(right.status).toBe(429)
      expect(Number(right.headers["retry-after"])).toBeGreaterThan(0)

      const warning = await mail.waitFor(
        (m) => m.to.includes(staff.email) && m.subject === "Mislukte inlogpogingen op je Helder-beheeraccount",
      )
      expect(warning.text).toContain(`${STAFF_FAILURES_BEFORE_MAIL} keer achter elkaar`)
      const events = await getContainer()
        .resolve<AuditModuleService>(AUDIT_MODULE)
        .listAuditEvents({ subject_id: staff.user_id, action: "staff-login-failure" })
      expect(events).toHaveLength(9)
      expect(events.filter((e) => e.reason === "refused: too many attempts").length).toBeGreaterThanOrEqual(4)

      // Medusa's GET login, which would skip all of this, is closed.
      expect(
        (await failure(api.get(`/auth/user/emailpass?email=${staff.email}&password=${staff.password}`))).status,
      ).toBe(404)
      // A made-up address is logged under a keyed hash, never the address itself.
      await failure(api.post("/auth/user/emailpass", { email: "niemand@helder.local", password: "whatever-password" }))
      const all = await getContainer()
        .resolve<AuditModuleService>(AUDIT_MODULE)
        .listAuditEvents({ action: "staff-login-failure" })
      expect(JSON.stringify(all)).not.toContain("niemand")
    })
  },
})
