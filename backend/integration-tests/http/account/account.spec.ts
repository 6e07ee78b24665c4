import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { linkIn } from "@helder/testkit"
import { setClock } from "../../../src/lib/clock"
import { catchMailForSuite, failure, registerCustomer, registration, seedAndGetStoreHeaders } from "../helpers"

jest.setTimeout(120 * 1000)

// This suite logs in many times from one address; the limits themselves are tested in limits.spec.ts.
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"
process.env.RATE_LIMIT_REGISTRATIONS_PER_HOUR = "1000"
process.env.RATE_LIMIT_RESET_MAILS_PER_HOUR = "1000"

const mail = catchMailForSuite()

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      store = await seedAndGetStoreHeaders(getContainer())
    })

    const registeredCustomer = (email: string) => registerCustomer(api, mail, store, email)

    it("registers, verifies by the mailed link, logs in, reads the profile and logs out server-side", async () => {
      const email = "anna@example.nl"
      const response = await api.post("/store/account/register", registration(email), store)
      expect(response.status).toBe(202)

      const early = await failure(api.post("/store/account/login", { email, password: "lamp-kap-messing-47" }, store))
      expect(early.status).toBe(403)
      expect(early.data.message).toMatch(/Confirm your e-mail/)

      const verification = await mail.waitFor((m) => m.to.includes(email))
      const link = linkIn(verification, "http://localhost:8000/nl/account/verify")
      const token = new URL(link).searchParams.get("token")
      expect((await api.post("/store/account/verify-email", { token }, store)).data.verified).toBe(true)
      const reused = await failure(api.post("/store/account/verify-email", { token }, store))
      expect(reused.status).toBe(404)

      const { data: login } = await api.post(
        "/store/account/login",
        { email: "ANNA@example.nl", password: "lamp-kap-messing-47" },
        store,
      )
      const session = {
        headers: { ...store.headers, authorization: `Bearer ${login.token}`, "x-helder-session": login.session },
      }
      const { data: me } = await api.get("/store/account/me", session)
      expect(me.customer).toMatchObject({
        email,
        first_name: "Anna",
        phone: "+31 55 123 4567",
        birth_date: "1985-02-28",
      })
      expect(me.customer.addresses[0]).toMatchObject({ postal_code: "7311 AB", is_default_shipping: true })
      // Medusa's own profile route is closed (the surface table); the address book is Medusa's and needs the session.
      expect((await failure(api.get("/store/customers/me", session))).status).toBe(404)
      expect((await api.get("/store/customers/me/addresses", session)).data.addresses).toHaveLength(1)

      await api.post("/store/account/logout", {}, session)
      expect((await failure(api.get("/store/account/me", session))).status).toBe(401)
      expect((await failure(api.get("/store/customers/me/addresses", session))).status).toBe(401)
      // The bearer token alone, without the session secret, never worked.
      const tokenOnly = { headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
      expect((await failure(api.get("/store/customers/me/addresses", tokenOnly))).status).toBe(401)
    })

    it("answers a second registration for the same address like the first and mails the owner instead", async () => {
      const email = "dubbel@example.nl"
      await registeredCustomer(email)
      const again = await api.post(
        "/store/account/register",
        { ...registration(email), first_name: "Indringer" },
        store,
      )
      expect(again.status).toBe(202)
      const notice = await mail.waitFor((m) => m.to.includes(email) && m.subject === "Je hebt al een account")
      expect(notice.text).not.toContain("Indringer")
      const accounts = await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email, has_account: true })
      expect(accounts.map((c) => c.first_name)).toEqual(["Anna"])
    })

    it("gives a wrong password and an unknown address the same 401", async () => {
      await registeredCustomer("bert@example.nl")
      const wrong = await failure(
        api.post("/store/account/login", { email: "bert@example.nl", password: "verkeerd-wachtwoord-1" }, store),
      )
      const unknown = await failure(
        api.post("/store/account/login", { email: "niemand@example.nl", password: "verkeerd-wachtwoord-1" }, store),
      )
      expect([wrong.status, unknown.status]).toEqual([401, 401])
      expect(wrong.data.message).toBe(unknown.data.message)
    })

    it("does not let one customer's token work with another customer's session", async () => {
      const first = await registeredCustomer("eerste@example.nl")
      const second = await registeredCustomer("tweede@example.nl")
      const mixed = { headers: { ...first.headers, "x-helder-session": second.headers["x-helder-session"] } }
      expect((await failure(api.get("/store/account/me", mixed))).status).toBe(401)
    })

    it("lists only the customer's own orders; another customer's order is not in their list", async () => {
      const owner = await registeredCustomer("koper@example.nl")
      const other = await registeredCustomer("buur@example.nl")
      const { data: regions } = await api.get("/store/regions?fields=id,*countries", store)
      const nl = regions.regions.find((r: { countries: { iso_2: string }[] }) => r.countries[0]!.iso_2 === "nl")
      const { data: products } = await api.get(
        `/store/products?limit=50&region_id=${nl.id}&fields=id,variants.id,+variants.inventory_quantity`,
        store,
      )
      const variant = products.products
        .flatMap((p: { variants: { id: string; inventory_quantity: number }[] }) => p.variants)
        .find((v: { inventory_quantity: number }) => v.inventory_quantity > 2)
      const { data: cart } = await api.post("/store/carts", { region_id: nl.id }, store)
      await api.post(`/store/carts/${cart.cart.id}/customer`, {}, owner)
      await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: variant.id, quantity: 1 }, owner)
      const address = {
        first_name: "Anna",
        last_name: "de Vries",
        address_1: "Hoofdstraat 12",
        postal_code: "7311 AB",
        city: "Apeldoorn",
        country_code: "nl",
      }
      await api.post(`/store/carts/${cart.cart.id}`, { email: "koper@example.nl", shipping_address: address }, owner)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cart.cart.id}`, owner)
      await api.post(
        `/store/carts/${cart.cart.id}/shipping-methods`,
        { option_id: options.shipping_options[0].id },
        owner,
      )
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cart.cart.id }, owner)
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        owner,
      )
      const { data: completed } = await api.post(`/store/carts/${cart.cart.id}/complete`, {}, owner)
      expect(completed.type).toBe("order")

      // The storefront's own query: fields, newest first.
      const list = "/store/orders?fields=id,display_id,email,*items,*shipping_address&order=-created_at&limit=100"
      const { data: mine } = await api.get(list, owner)
      expect(mine.orders.map((o: { id: string }) => o.id)).toEqual([completed.order.id])
      const { data: theirs } = await api.get(list, other)
      expect(theirs.orders).toEqual([])
    })

    it("[P-account-reset-link] [P-sessions-end] resets a forgotten password by a single-use mailed link and ends every session", async () => {
      const email = "vergeten@example.nl"
      const before = await registeredCustomer(email)
      const unknown = await api.post("/store/account/password-reset/request", { email: "onbekend@example.nl" }, store)
      expect(unknown.status).toBe(202)
      await api.post("/store/account/password-reset/request", { email, locale: "nl" }, store)
      const resetMail = await mail.waitFor((m) => m.to.includes(email) && m.subject === "Nieuw wachtwoord instellen")
      const token = new URL(linkIn(resetMail, "http://localhost:8000/nl/account/reset-password")).searchParams.get(
        "token",
      )

      // A refused password leaves the link usable.
      const weak = await failure(
        api.post("/store/account/password-reset", { token, password: "vergeten-lamp-2026" }, store),
      )
      expect(weak.data.issues).toEqual([{ path: "password", message: "contains_personal" }])
      await api.post("/store/account/password-reset", { token, password: "nieuwe-kap-van-glas-8" }, store)
      expect(
        (await failure(api.post("/store/account/password-reset", { token, password: "nog-een-keer-glas-9" }, store)))
          .status,
      ).toBe(404)

      expect((await failure(api.get("/store/account/me", before))).status).toBe(401)
      expect(
        (await failure(api.post("/store/account/login", { email, password: "lamp-kap-messing-47" }, store))).status,
      ).toBe(401)
      expect((await api.post("/store/account/login", { email, password: "nieuwe-kap-van-glas-8" }, store)).status).toBe(
        200,
      )
      await mail.waitFor((m) => m.to.includes(email) && m.subject === "Je wachtwoord is gewijzigd")
      expect(mail.messages().filter((m) => m.to.includes("onbekend@example.nl"))).toEqual([])
    })

    it("[P-account-reset-link] a reset link still works 59 minutes after it was mailed and no longer after 61", async () => {
      const email = "een-uur@example.nl"
      await registeredCustomer(email)
      await api.post("/store/account/password-reset/request", { email, locale: "nl" }, store)
      const resetMail = await mail.waitFor((m) => m.to.includes(email) && m.subject === "Nieuw wachtwoord instellen")
      const token = new URL(linkIn(resetMail, "http://localhost:8000/nl/account/reset-password")).searchParams.get(
        "token",
      )
      const minutes = (n: number) => () => new Date(Date.now() + n * 60_000)
      try {
        setClock(minutes(61))
        expect(
          (
            await failure(
              api.post("/store/account/password-reset", { token, password: "een-uur-te-laat-kap-3" }, store),
            )
          ).status,
        ).toBe(404)
        setClock(minutes(59))
        expect(
          (await api.post("/store/account/password-reset", { token, password: "net-op-tijd-voet-glas-4" }, store))
            .status,
        ).toBe(200)
      } finally {
        setClock()
      }
    })

    it("[P-sessions-end] changes the password from the account: checks the current one, keeps this session, ends the others", async () => {
      const email = "wissel@example.nl"
      const here = await registeredCustomer(email)
      const { data: login } = await api.post("/store/account/login", { email, password: "lamp-kap-messing-47" }, store)
      const elsewhere = {
        headers: { ...store.headers, authorization: `Bearer ${login.token}`, "x-helder-session": login.session },
      }

      const wrong = await failure(
        api.post(
          "/store/account/password",
          { current_password: "niet-mijn-wachtwoord", password: "andere-lamp-kap-12" },
          here,
        ),
      )
      expect(wrong.data.issues).toEqual([{ path: "current_password", message: "wrong" }])
      await api.post(
        "/store/account/password",
        { current_password: "lamp-kap-messing-47", password: "andere-lamp-kap-12" },
        here,
      )
      expect((await api.get("/store/account/me", here)).status).toBe(200)
      expect((await failure(api.get("/store/account/me", elsewhere))).status).toBe(401)
    })

    it("[P-right-correct] edits the profile and the address book; another customer's address is a 404", async () => {
      const anna = await registeredCustomer("profiel@example.nl")
      const bert = await registeredCustomer("buurman@example.nl")
      const { data } = await api.post(
        "/store/account/me",
        { first_name: "Anna", last_name: "Jansen", phone: "0612345678", birth_date: null },
        anna,
      )
      expect(data.customer).toMatchObject({ last_name: "Jansen", phone: "0612345678", birth_date: null })
      const core = await failure(api.post("/store/customers/me", { first_name: "X", metadata: { admin: true } }, anna))
      expect(core.status).toBe(404)

      const address = {
        first_name: "Anna",
        last_name: "Jansen",
        address_1: "Kerkstraat 1",
        postal_code: "3800",
        city: "Sint-Truiden",
        country_code: "be",
      }
      const { data: added } = await api.post("/store/customers/me/addresses", address, anna)
      const saved = added.customer.addresses.find((a: { address_1: string }) => a.address_1 === "Kerkstraat 1")
      expect(saved.postal_code).toBe("3800")
      const badPostcode = await failure(
        api.post("/store/customers/me/addresses", { ...address, postal_code: "38000" }, anna),
      )
      expect(badPostcode.data.issues).toEqual([{ path: "postal_code", message: "invalid postcode" }])
      await api.post(
        `/store/customers/me/addresses/${saved.id}`,
        { ...address, address_1: "Kerkstraat 2", country_code: "nl", postal_code: "1234ab", city: "Utrecht" },
        anna,
      )
      const { data: me } = await api.get("/store/account/me", anna)
      expect(me.customer.addresses.find((a: { id: string }) => a.id === saved.id)).toMatchObject({
        address_1: "Kerkstraat 2",
        postal_code: "1234 AB",
      })

      const foreignUpdate = await failure(api.post(`/store/customers/me/addresses/${saved.id}`, address, bert))
      const foreignDelete = await failure(api.delete(`/store/customers/me/addresses/${saved.id}`, bert))
      expect([foreignUpdate.status, foreignDelete.status]).toEqual([404, 404])
      await api.delete(`/store/customers/me/addresses/${saved.id}`, anna)
      const { data: after } = await api.get("/store/account/me", anna)
      expect(after.customer.addresses.map((a: { id: string }) => a.id)).not.toContain(saved.id)
    })

    it("mails the confirmation of a new address at most 3 times an hour to one address, then answers 429", async () => {
      const session = await registeredCustomer("wisselaar@example.nl")
      const change = () =>
        api.post("/store/account/email", { password: "lamp-kap-messing-47", new_email: "doelwit@example.nl" }, session)
      for (let i = 0; i < 3; i++) expect((await change()).status).toBe(202)
      const blocked = await failure(change())
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(60)
    })

    it("[P-account-email-change] changes the login address only with the password and after the new address confirms", async () => {
      const session = await registeredCustomer("oud@example.nl")
      await registeredCustomer("bezet@example.nl")
      const wrong = await failure(
        api.post("/store/account/email", { password: "niet-goed-wachtwoord", new_email: "nieuw@example.nl" }, session),
      )
      expect(wrong.data.issues).toEqual([{ path: "password", message: "wrong" }])

      const taken = await api.post(
        "/store/account/email",
        { password: "lamp-kap-messing-47", new_email: "bezet@example.nl" },
        session,
      )
      expect(taken.status).toBe(202)
      await mail.waitFor((m) => m.to.includes("bezet@example.nl") && m.subject === "Je hebt al een account")

      await api.post(
        "/store/account/email",
        { password: "lamp-kap-messing-47", new_email: "Nieuw@Example.nl" },
        session,
      )
      const confirm = await mail.waitFor(
        (m) => m.to.includes("nieuw@example.nl") && m.subject === "Bevestig je nieuwe e-mailadres",
      )
      // Nothing changes before the link is followed.
      expect((await api.get("/store/account/me", session)).data.customer.email).toBe("oud@example.nl")
      const token = new URL(linkIn(confirm, "http://localhost:8000/nl/account/confirm-email")).searchParams.get("token")
      await api.post("/store/account/email/confirm", { token }, store)

      expect((await api.get("/store/account/me", session)).data.customer.email).toBe("nieuw@example.nl")
      expect(
        (
          await failure(
            api.post("/store/account/login", { email: "oud@example.nl", password: "lamp-kap-messing-47" }, store),
          )
        ).status,
      ).toBe(401)
      expect(
        (await api.post("/store/account/login", { email: "nieuw@example.nl", password: "lamp-kap-messing-47" }, store))
          .status,
      ).toBe(200)
      await mail.waitFor((m) => m.to.includes("oud@example.nl") && m.subject === "Je e-mailadres is gewijzigd")
      expect((await failure(api.post("/store/account/email/confirm", { token }, store))).status).toBe(404)
    })

    it("rejects bad input with 400 naming the field (a password the policy refuses by its reason), and unknown links with 404", async () => {
      const bad = await failure(
        api.post("/store/account/register", { ...registration("x@example.nl"), password: "kort" }, store),
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toBe("password: too_short")
      expect(bad.data.issues).toEqual([{ path: "password", message: "too_short" }])
      // Long enough is not enough: the whole common list, a guessable Dutch word with digits, or the customer's own
      // name.
      for (const [password, problem] of [
        ["password1234", "too_common"],
        ["passwordpassword", "too_common"],
        ["wachtwoord12", "too_guessable"],
        ["helderlamp2026", "too_guessable"],
        ["gerda-de-zomer-89", "contains_personal"],
      ]) {
        const refused = await failure(
          api.post(
            "/store/account/register",
            { ...registration("w@example.nl"), first_name: "Gerda", password },
            store,
          ),
        )
        expect({ password, status: refused.status, issues: refused.data.issues }).toEqual({
          password,
          status: 400,
          issues: [{ path: "password", message: problem }],
        })
      }
      const future = await failure(
        api.post("/store/account/register", { ...registration("y@example.nl"), birth_date: "2999-01-01" }, store),
      )
      expect(future.status).toBe(400)
      const long = await failure(
        api.post("/store/account/register", { ...registration("z@example.nl"), last_name: "x".repeat(500) }, store),
      )
      expect(long.status).toBe(400)
      expect(long.data.issues?.[0]?.path).toBe("last_name")
      const unknownToken = await failure(api.post("/store/account/verify-email", { token: "a".repeat(43) }, store))
      expect(unknownToken.status).toBe(404)
    })

    it("closes Medusa's own customer auth routes, which would bypass verification and the password policy", async () => {
      const register = await failure(
        api.post("/auth/customer/emailpass/register", { email: "om@example.nl", password: "x" }),
      )
      expect(register.status).toBe(404)
      const login = await failure(
        api.post("/auth/customer/emailpass", { email: "anna@example.nl", password: "lamp-kap-messing-47" }),
      )
      expect(login.status).toBe(404)
    })
  },
})
