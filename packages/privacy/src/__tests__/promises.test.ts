import { BANNER_PROMISES, PROMISE_IDS, PROMISE_SURFACES, PROMISES, promisesOn } from "../promises"

describe("the promise ledger", () => {
  it("names each promise once, as P- and lower-case words, said in both languages on at least one surface", () => {
    expect(new Set(PROMISE_IDS).size).toBe(PROMISES.length)
    for (const promise of PROMISES) {
      expect(promise.id).toMatch(/^P-[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(promise.surfaces.length).toBeGreaterThan(0)
      expect(promise.says.nl.length).toBeGreaterThan(20)
      expect(promise.says.en.length).toBeGreaterThan(20)
    }
    for (const surface of PROMISE_SURFACES) expect(promisesOn(surface).length).toBeGreaterThan(0)
  })

  it("gives every part of the banner promises of the ledger that the banner surface holds", () => {
    const onBanner = new Set(promisesOn("banner").map((p) => p.id))
    const used = Object.values(BANNER_PROMISES).flatMap((ids) => ids.split(" "))
    expect(used.filter((id) => !onBanner.has(id))).toEqual([])
    expect([...onBanner].filter((id) => !used.includes(id))).toEqual([])
  })
})
