import { Semaphore } from "../semaphore"

describe("Semaphore", () => {
  it("never runs more than its limit at once, runs every task, and frees a slot when a task fails", async () => {
    const semaphore = new Semaphore(2)
    let running = 0
    let peak = 0
    const task = (i: number) =>
      semaphore.run(async () => {
        running++
        peak = Math.max(peak, running)
        // A turn of the event loop, not a clock: both slot holders have started before either ends.
        await new Promise((resolve) => setImmediate(resolve))
        running--
        if (i % 3 === 0) throw new Error(`task ${i}`)
        return i
      })
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => task(i)))
    expect(peak).toBe(2)
    expect(
      results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<number>).value),
    ).toEqual([1, 2, 4, 5, 7, 8])
    expect(await semaphore.run(async () => "free again")).toBe("free again")
  })
})
