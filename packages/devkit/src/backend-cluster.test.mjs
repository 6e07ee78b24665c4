import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { afterExit, clusterPlan, RESTART_ATTEMPTS } from "./backend-cluster.mjs"

describe("the backend's cluster launcher", () => {
  it("plans one process without Redis, and servers beside one worker with it", () => {
    assert.deepEqual(clusterPlan({}, 2), { servers: 1, workers: 0, maxMemoryMb: null })
    assert.deepEqual(clusterPlan({ REDIS_URL: "redis://r" }, 4), { servers: 3, workers: 1, maxMemoryMb: null })
    assert.throws(() => clusterPlan({ BACKEND_SERVERS: "2" }, 2), /needs REDIS_URL/)
  })

  it("takes a heap cap in megabytes and refuses one that is not a sensible number", () => {
    const plan = (value) => clusterPlan({ REDIS_URL: "redis://r", BACKEND_MAX_MEMORY_MB: value }, 2)
    assert.equal(plan("1536").maxMemoryMb, 1536)
    assert.equal(clusterPlan({ BACKEND_MAX_MEMORY_MB: "1024" }, 2).maxMemoryMb, 1024)
    for (const wrong of ["lots", "100", "1.5e3x", "-1"]) assert.throws(() => plan(wrong), /BACKEND_MAX_MEMORY_MB/)
  })

  it("stops when a first process never listened, and replaces one that ran at once", () => {
    assert.deepEqual(afterExit({ initial: true, listened: false, failures: 0 }), { action: "stop" })
    assert.deepEqual(afterExit({ initial: false, listened: true, failures: 3 }), {
      action: "replace",
      delayMs: 0,
      failures: 0,
    })
  })

  it("retries a replacement that died before listening with growing pauses, then stops", () => {
    const delays = []
    let state = { failures: 0 }
    for (;;) {
      const next = afterExit({ initial: false, listened: false, failures: state.failures })
      if (next.action === "stop") break
      delays.push(next.delayMs)
      state = next
    }
    assert.deepEqual(delays, [1000, 2000, 4000, 8000, 16000])
    assert.equal(delays.length, RESTART_ATTEMPTS - 1)
  })
})
