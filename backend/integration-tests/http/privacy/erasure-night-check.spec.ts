import type { Knex } from "knex"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import checkErasuresJob from "../../../src/jobs/check-erasures"
import type { ErasureReceipt } from "../../../src/personal-data/erasure-receipt"
import { PRIVACY_REQUEST_MODULE } from "../../../src/modules/privacy-request"
import type PrivacyRequestModuleService from "../../../src/modules/privacy-request/service"
import {
  adminHeaders,
  catchMailForSuite,
  completeCart,
  deliverOrder,
  eraseAfterWindow,
  readyCart,
  regionIds,
  registerCustomer,
  seedAndGetStoreHeaders,
  stockedVariants,
} from "../helpers"

jest.setTimeout(300 * 1000)
process.env.RATE_LIMIT_LOGIN_PER_MINUTE = "1000"
process.env.RATE_LIMIT_REGISTRATIONS_PER_HOUR = "1000"
// Every database counts as too large to search per erasure: each erasure waits for the night's check.
process.env.RESIDUE_SCAN_INLINE_ROWS = "0"

const mail = catchMailForSuite()
const RECEIPT = "Je gegevens zijn verwijderd — ontvangstbewijs"
const RESIDUE_ALERT = "Verwijdering niet schoon: actie nodig"

/** Two people no other row of the database names. */
const KEES = {
  email: "kees.nachtegaal@example.nl",
  first_name: "Kees",
  last_name: "Nachtegaal",
  phone: "+31 6 2468 1357",
}
const LOTTE = {
  email: "lotte.zonnebloem@example.nl",
  first_name: "Lotte",
  last_name: "Zonnebloem",
  phone: "+31 6 9753 1864",
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const pg = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const requests = () => getContainer().resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const receiptsTo = (email: string) => mail.messages().filter((m) => m.to.includes(email) && m.subject === RECEIPT)

    it("P-right-erase: in a database too large to search per erasure, the night's check searches once for everyone erased that day, mails each clean one their receipt, holds the one still found, and ignores what the shop received after the erasure", async () => {
      const store = await seedAndGetStoreHeaders(getContainer())
      const regions = await regionIds(api, store)
      const [variant] = await stockedVariants(api, store, regions.nl!)
      const people = [KEES, LOTTE]
      const sessions = []
      for (const person of people) {
        const { email, ...name } = person
        sessions.push(await registerCustomer(api, mail, store, email, name))
      }
      // Kees bought a lamp: his invoice stays for its legal term, and the check reports it as kept, not as residue.
      const cartId = await readyCart(api, store, {
        regionId: regions.nl!,
        items: [{ variant_id: variant!.id, quantity: 1 }],
        email: KEES.email,
        auth: sessions[0],
      })
      const order = await completeCart(api, store, cartId)
      const staff = await adminHeaders(getContainer(), api)
      const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=id,*items`, staff)
      const items = placed.order.items.map((item: { id: string }) => ({ id: item.id, quantity: 1 }))
      await deliverOrder(api, order.id, items, staff)
      // Lotte's phone number was copied into a note the erasure knows nothing of.
      await pg().raw(`insert into customer (id, metadata) values ('cus_night_note', ?::jsonb)`, [
        JSON.stringify({ note: `terugbellen op 06-9753 1864` }),
      ])

      const erased = []
      for (const [i, person] of people.entries()) {
        const { request, run } = await eraseAfterWindow(getContainer(), api, mail, sessions[i]!, person.email)
        expect(run).toEqual({ erased: 1, deferred: 0, failed: 0 })
        erased.push(request)
      }
      // Erased, claimed and waiting: no receipt yet, the address kept until the check, what it looks for kept with it.
      for (const [i, request] of erased.entries()) {
        expect({ status: request.status, receipt: request.receipt, email: request.email }).toEqual({
          status: "completed",
          receipt: null,
          email: people[i]!.email,
        })
        const check = request.residue_check as { tokens: { strings: string[]; phones: string[] }; erased_at: string }
        expect(check.tokens.strings).toContain(people[i]!.email)
        expect(check.tokens.phones).toContain(people[i]!.phone)
        expect(receiptsTo(people[i]!.email)).toEqual([])
      }
      // Kees orders again as a guest after his erasure: new data, not residue of it.
      const erasedAt = new Date((erased[0]!.residue_check as { erased_at: string }).erased_at)
      await pg().raw(`insert into customer (id, email, created_at) values ('cus_night_later', ?, ?)`, [
        KEES.email,
        new Date(erasedAt.getTime() + 60 * 60 * 1000),
      ])

      const counts = await checkErasuresJob(getContainer())
      const [kees, lotte] = await Promise.all(erased.map((request) => requests().retrieveDataRequest(request.id)))
      expect([kees!.deferred_reason, lotte!.deferred_reason]).toEqual([
        null,
        "residue after erasure: customer.metadata (1)",
      ])
      expect(counts).toEqual({ clean: 1, residue: 1, failed: 0 })
      const receipt = kees!.receipt as ErasureReceipt
      expect({
        status: kees!.status,
        email: kees!.email,
        check: kees!.residue_check,
        passed: receipt.scan.passed,
      }).toEqual({ status: "completed", email: null, check: null, passed: true })
      expect(receipt.scan.hits.every((hit) => hit.legal_hold)).toBe(true)
      expect(receipt.scan.hits.map((hit) => hit.table)).toContain("invoice_document")
      await mail.waitFor((m) => m.to.includes(KEES.email) && m.subject === RECEIPT)

      // Held with what the check looked for, so staff's next run looks for her phone again after the scrub.
      expect({ status: lotte!.status, check: lotte!.residue_check, receipt: lotte!.receipt }).toEqual({
        status: "deferred",
        check: expect.objectContaining({ tokens: expect.objectContaining({ phones: [LOTTE.phone] }) }),
        receipt: null,
      })
      const alert = await mail.waitFor((m) => m.subject === RESIDUE_ALERT && m.text.includes(lotte!.id))
      expect(alert.text).toContain("customer.metadata (1)")
      expect(receiptsTo(LOTTE.email)).toEqual([])

      // Checked once: the next night finds nothing waiting.
      expect(await checkErasuresJob(getContainer())).toEqual({ clean: 0, residue: 0, failed: 0 })

      // Staff who close the held request instead of running it again: it keeps nothing the check looked for, and the
      // desk's answer never carried it.
      const { data: rejected } = await api.post(
        `/admin/privacy-requests/${lotte!.id}/actions`,
        { action: "reject", reason: "restant door de winkel zelf verwijderd" },
        staff,
      )
      expect(rejected.request).not.toHaveProperty("residue_check")
      expect((await requests().retrieveDataRequest(lotte!.id)).residue_check).toBeNull()
    })
  },
})
