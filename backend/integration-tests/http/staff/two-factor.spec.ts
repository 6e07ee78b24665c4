import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { generateJwtToken } from "@medusajs/framework/utils"
import { totpCode } from "@helder/testkit"
import { setClock } from "../../../src/lib/clock"
import { AUDIT_MODULE } from "../../../src/modules/audit"
import type AuditModuleService from "../../../src/modules/audit/service"
import { adminHeaders, failure, staffLogin } from "../helpers"

jest.setTimeout(180 * 1000)
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const audit = () => getContainer().resolve<AuditModuleService>(AUDIT_MODULE)
    const actions = async (userId: string) =>
      (await audit().listAuditEvents({ subject_id: userId })).map((e) => e.action)
    afterEach(() => setClock())

    it("[P-staff-login] enrols a TOTP app, logs in with its code once, refuses the code a second time and a wrong one, and takes each recovery code once", async () => {
      const staff = await adminHeaders(getContainer(), api, "catalog")
      const at = new Date()
      const { data: enrolment } = await api.post("/auth/mfa/factors", { provider: "totp" }, staff)
      expect(enrolment.otpauth_url).toMatch(/^otpauth:\/\/totp\/.*issuer=Helder/)
      await api.post(
        `/auth/mfa/factors/${enrolment.mfa_factor.id}/verify`,
        { code: totpCode(enrolment.secret, at) },
        staff,
      )
      expect((await failure(api.post("/auth/mfa/recovery-codes", { count: 3 }, staff))).status).toBe(400)
      const { data: recovery } = await api.post("/auth/mfa/recovery-codes", {}, staff)
      expect(recovery.recovery_codes).toHaveLength(10)

      // The enrolment used this step's code; the login uses the next step's (±1 step is accepted).
      const next = new Date(at.getTime() + 30_000)
      const token = await staffLogin(api, staff.email, staff.password, enrolment.secret, next)
      const { data: me } = await api.get("/admin/staff/me", { headers: { authorization: `Bearer ${token}` } })
      expect(me.two_factor).toEqual({ enabled: true, required: false, used: true })

      const again = (await api.post("/auth/user/emailpass", { email: staff.email, password: staff.password })).data
      expect(again.mfa_required).toBe(true)
      const challenge = (code: string, method = "totp") =>
        api.post(
          `/auth/mfa/challenges/${again.mfa_challenge.id}/verify`,
          { method, code },
          { headers: { authorization: `Bearer ${again.token}` } },
        )
      const replay = await failure(challenge(totpCode(enrolment.secret, next)))
      expect(replay.status).toBe(401)
      expect(replay.data.message).toBe("This code was used already. Wait for the next code in your app.")
      const wrong = String((Number(totpCode(enrolment.secret, next)) + 1) % 1_000_000).padStart(6, "0")
      expect((await failure(challenge(wrong))).status).toBeGreaterThanOrEqual(400)
      const byRecovery = await challenge(recovery.recovery_codes[0], "recovery_code")
      expect(byRecovery.data.token).toEqual(expect.any(String))

      const third = (await api.post("/auth/user/emailpass", { email: staff.email, password: staff.password })).data
      const reused = await failure(
        api.post(
          `/auth/mfa/challenges/${third.mfa_challenge.id}/verify`,
          { method: "recovery_code", code: recovery.recovery_codes[0] },
          { headers: { authorization: `Bearer ${third.token}` } },
        ),
      )
      expect(reused.status).toBeGreaterThanOrEqual(400)

      // Every step is on the audit log (compared as a set of counts: events of one millisecond have no order).
      expect((await actions(staff.user_id)).sort()).toEqual(
        [
          "staff-login",
          "staff-second-factor-enrolled",
          "staff-recovery-codes-made",
          "staff-login-password",
          "staff-login",
          "staff-login-password",
          "staff-second-factor-failure",
          "staff-second-factor-failure",
          "staff-recovery-code-used",
          "staff-login",
          "staff-login-password",
          "staff-second-factor-failure",
        ].sort(),
      )
      // Nobody removes an enabled second factor by holding a session: only an owner's reset does.
      const removal = await failure(
        api.delete(`/auth/mfa/factors/${enrolment.mfa_factor.id}`, { headers: { authorization: `Bearer ${token}` } }),
      )
      expect([removal.status, removal.data.type]).toEqual([403, "not_allowed"])
    })

    it("lets a staff member drop a set-up they never finished and start again, and keeps customers off the second-factor routes", async () => {
      const staff = await adminHeaders(getContainer(), api, "catalog")
      const { data: first } = await api.post("/auth/mfa/factors", { provider: "totp" }, staff)
      expect((await failure(api.post("/auth/mfa/factors", { provider: "totp" }, staff))).status).toBeGreaterThanOrEqual(
        400,
      )
      expect((await api.delete(`/auth/mfa/factors/${first.mfa_factor.id}`, staff)).status).toBe(200)
      const { data: second } = await api.post("/auth/mfa/factors", { provider: "totp" }, staff)
      expect(second.secret).not.toBe(first.secret)

      const { http } = getContainer().resolve("configModule").projectConfig
      const customerToken = generateJwtToken(
        {
          actor_id: "cus_01TEST",
          actor_type: "customer",
          auth_identity_id: "authid_01TEST",
          app_metadata: { customer_id: "cus_01TEST" },
        },
        { secret: http.jwtSecret, expiresIn: "1h" },
      )
      const refused = await failure(
        api.post("/auth/mfa/factors", { provider: "totp" }, { headers: { authorization: `Bearer ${customerToken}` } }),
      )
      expect(refused.status).toBe(401)
      // Nor does a customer's token become an admin cookie session.
      expect(
        (await failure(api.post("/auth/session", {}, { headers: { authorization: `Bearer ${customerToken}` } })))
          .status,
      ).toBe(401)
    })

    it("lets an owner reset a colleague's lost second factor, with a reason on the audit log, and ends the colleague's logins", async () => {
      const owner = await adminHeaders(getContainer(), api, "owner")
      const officer = await adminHeaders(getContainer(), api, "privacy-officer")
      expect((await failure(api.post(`/admin/staff/${officer.user_id}/two-factor/reset`, {}, owner))).status).toBe(400)
      expect(
        (await failure(api.post(`/admin/staff/${owner.user_id}/two-factor/reset`, { reason: "no, mine" }, officer)))
          .status,
      ).toBe(403)

      const { data } = await api.post(
        `/admin/staff/${officer.user_id}/two-factor/reset`,
        { reason: "telefoon verloren" },
        owner,
      )
      expect(data.disabled).toBe(1)
      expect((await failure(api.get("/admin/staff/me", officer))).status).toBe(401)
      // The ended login cannot set a factor of its own up either.
      expect((await failure(api.post("/auth/mfa/factors", { provider: "totp" }, officer))).status).toBe(401)
      const [event] = await audit().listAuditEvents({
        action: "staff-second-factor-reset",
        subject_id: officer.user_id,
      })
      expect(event).toMatchObject({ actor_id: owner.user_id, reason: "telefoon verloren" })

      // Without a factor the officer logs in with the password alone, and may only set a new one up.
      const token = await staffLogin(api, officer.email, officer.password, null)
      const fresh = { headers: { authorization: `Bearer ${token}` } }
      expect((await api.get("/admin/staff/me", fresh)).data.two_factor).toEqual({
        enabled: false,
        required: true,
        used: false,
      })
      expect((await failure(api.get("/admin/privacy-requests", fresh))).data.type).toBe("two_factor_required")
    })

    it("[P-staff-login] ends an admin login after 30 minutes without a request, and after 12 hours however busy", async () => {
      const staff = await adminHeaders(getContainer(), api, "catalog")
      const start = Date.now()
      const at = (minutes: number) => setClock(() => new Date(start + minutes * 60_000))
      at(0)
      expect((await api.get("/admin/staff/me", staff)).status).toBe(200)
      at(29)
      expect((await api.get("/admin/staff/me", staff)).status).toBe(200)
      at(29 + 31)
      const idle = await failure(api.get("/admin/staff/me", staff))
      expect(idle.status).toBe(401)
      expect(idle.data.message).toContain("30 minutes without activity or 12 hours in all")

      // Another colleague (a second login of the same user within the same second would get the very same token).
      setClock()
      const busy = await adminHeaders(getContainer(), api, "catalog")
      const begin = Date.now()
      let minute = 0
      for (; minute <= 12 * 60; minute += 25) {
        setClock(() => new Date(begin + minute * 60_000))
        expect({ minute, status: (await api.get("/admin/staff/me", busy)).status }).toEqual({ minute, status: 200 })
      }
      setClock(() => new Date(begin + (12 * 60 + 1) * 60_000))
      expect((await failure(api.get("/admin/staff/me", busy))).status).toBe(401)
    })

    it("starts no admin session from a token kept aside, by bearer, cookie session or refresh", async () => {
      const staff = await adminHeaders(getContainer(), api, "catalog")
      const { http } = getContainer().resolve("configModule").projectConfig
      const issued = Math.floor(Date.now() / 1000) - 6 * 60
      const kept = generateJwtToken(
        {
          actor_id: staff.user_id,
          actor_type: "user",
          auth_identity_id: staff.auth_identity_id,
          app_metadata: { user_id: staff.user_id },
          iat: issued,
        },
        { secret: http.jwtSecret, expiresIn: "1d" },
      )
      const headers = { headers: { authorization: `Bearer ${kept}` } }
      expect((await failure(api.get("/admin/staff/me", headers))).status).toBe(401)
      expect((await failure(api.post("/auth/session", {}, headers))).status).toBe(401)
      expect((await failure(api.post("/auth/token/refresh", {}, headers))).status).toBe(404)
      expect((await failure(api.post("/auth/token/REFRESH", {}, headers))).status).toBe(404)
      // The login's own token, used at once, works.
      expect((await api.get("/admin/staff/me", staff)).status).toBe(200)
    })

    it("locks a staff account's codes after ten wrong ones in a row, across challenges", async () => {
      const staff = await adminHeaders(getContainer(), api, "catalog", { twoFactor: true })
      const wrongFor = (secret: string) => String((Number(totpCode(secret)) + 500_000) % 1_000_000).padStart(6, "0")
      const statuses: number[] = []
      for (let login = 0; login < 3; login++) {
        const { data } = await api.post("/auth/user/emailpass", { email: staff.email, password: staff.password })
        for (let attempt = 0; attempt < 4; attempt++) {
          const answer = await failure(
            api.post(
              `/auth/mfa/challenges/${data.mfa_challenge.id}/verify`,
              { method: "totp", code: wrongFor(staff.secret!) },
              { headers: { authorization: `Bearer ${data.token}` } },
            ),
          )
          statuses.push(answer.status)
        }
      }
      expect(statuses.slice(0, 10).every((status) => status === 400 || status === 401)).toBe(true)
      expect(statuses.slice(10)).toEqual([429, 429])
      // Wrong passwords count towards the mail, not towards the lock of another account's codes.
      const other = await adminHeaders(getContainer(), api, "catalog", { twoFactor: true })
      for (let i = 0; i < 12; i++)
        await failure(api.post("/auth/user/emailpass", { email: other.email, password: `wrong-${i}-password` }))
      expect(await staffLogin(api, other.email, other.password, other.secret, new Date(Date.now() + 30_000))).toEqual(
        expect.any(String),
      )
      // Even the right code is refused until the window ends.
      const { data } = await api.post("/auth/user/emailpass", { email: staff.email, password: staff.password })
      const right = await failure(
        api.post(
          `/auth/mfa/challenges/${data.mfa_challenge.id}/verify`,
          { method: "totp", code: totpCode(staff.secret!, new Date(Date.now() + 30_000)) },
          { headers: { authorization: `Bearer ${data.token}` } },
        ),
      )
      expect(right.status).toBe(429)
      expect(Number(right.headers["retry-after"])).toBeGreaterThan(0)
    })

    it("sets a staff password only for an invited address, and holds it to the customers' policy", async () => {
      const uninvited = await failure(
        api.post("/auth/user/emailpass/register", {
          email: "niet-uitgenodigd@helder.local",
          password: "Lamp-kap-messing-2026",
        }),
      )
      expect(uninvited.status).toBe(401)
      const owner = await adminHeaders(getContainer(), api, "owner")
      await api.post("/admin/invites", { email: "uitgenodigd@helder.local" }, owner)
      expect(
        (
          await api.post("/auth/user/emailpass/register", {
            email: "uitgenodigd@helder.local",
            password: "Lamp-kap-messing-2026",
          })
        ).data.token,
      ).toEqual(expect.any(String))

      const weak = await failure(
        api.post("/auth/user/emailpass/register", { email: "nieuw@helder.local", password: "welkom123" }),
      )
      expect(weak.status).toBe(400)
      expect(weak.data.message).toBe("password: too_short")
      const own = await failure(
        api.post("/auth/user/emailpass/register", {
          email: "nieuw.medewerker@helder.local",
          password: "nieuw.medewerker-2026",
        }),
      )
      expect(own.data.message).toBe("password: contains_personal")
      const guessable = await failure(
        api.post("/auth/user/emailpass/register", { email: "uitgenodigd@helder.local", password: "123456789012" }),
      )
      expect(guessable.data.message).toBe("password: too_common")
      const dutch = await failure(
        api.post("/auth/user/emailpass/register", { email: "uitgenodigd@helder.local", password: "wachtwoord12" }),
      )
      expect(dutch.data.message).toBe("password: too_guessable")
    })
  },
})
