import { retrying } from "../retry"

const conflict = Object.assign(new Error("conflict"), { status: 409 })
const isConflict = (error: unknown) => (error as { status?: number }).status === 409

describe("retrying", () => {
  it("tries again after a retryable failure and returns the first success", async () => {
    let calls = 0
    const result = await retrying(async () => (++calls < 3 ? Promise.reject(conflict) : "order"), isConflict, {
      delayMs: 1,
    })
    expect(result).toBe("order")
    expect(calls).toBe(3)
  })

  it("gives up after the allowed retries with the last error", async () => {
    let calls = 0
    await expect(
      retrying(async () => (calls++, Promise.reject(conflict)), isConflict, { times: 2, delayMs: 1 }),
    ).rejects.toBe(conflict)
    expect(calls).toBe(3)
  })

  it("never retries an error that is not retryable", async () => {
    let calls = 0
    const refused = Object.assign(new Error("out of stock"), { status: 400 })
    await expect(retrying(async () => (calls++, Promise.reject(refused)), isConflict, { delayMs: 1 })).rejects.toBe(
      refused,
    )
    expect(calls).toBe(1)
  })
})
