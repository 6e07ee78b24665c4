import { revalidationBodySchema, signRevalidation, verifyRevalidation } from "../revalidation"

const SECRET = "a-shared-secret-of-at-least-32-characters"
const NOW = 1_795_000_000
const body = JSON.stringify({ tags: ["products", "product:hanglamp-oslo"] })

describe("the signed revalidation call", () => {
  it("accepts its own signature within five minutes", async () => {
    const header = await signRevalidation(SECRET, body, NOW)
    expect(header).toMatch(/^t=1795000000,v1=[a-f0-9]{64}$/)
    expect(await verifyRevalidation(SECRET, body, header, NOW + 299)).toBe(true)
  })

  it("refuses another secret, a changed body, an old or future timestamp, and junk", async () => {
    const header = await signRevalidation(SECRET, body, NOW)
    expect(await verifyRevalidation("another-secret-of-at-least-32-characters", body, header, NOW)).toBe(false)
    expect(await verifyRevalidation(SECRET, body.replace("oslo", "bergen"), header, NOW)).toBe(false)
    expect(await verifyRevalidation(SECRET, body, header, NOW + 301)).toBe(false)
    expect(await verifyRevalidation(SECRET, body, header, NOW - 301)).toBe(false)
    expect(await verifyRevalidation(SECRET, body, header.replace("t=1795000000", "t=1795000001"), NOW)).toBe(false)
    for (const junk of [null, "", "t=1,v1=00", `${header},extra`])
      expect(await verifyRevalidation(SECRET, body, junk, NOW)).toBe(false)
  })

  it("names only the storefront's cache tags", () => {
    expect(revalidationBodySchema.safeParse({ tags: ["products", "product:wandlamp-2"] }).success).toBe(true)
    for (const tags of [[], ["orders"], ["product:../x"], Array(51).fill("products")])
      expect(revalidationBodySchema.safeParse({ tags }).success).toBe(false)
    expect(revalidationBodySchema.safeParse({ tags: ["products"], extra: 1 }).success).toBe(false)
  })
})
