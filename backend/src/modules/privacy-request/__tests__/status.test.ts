import { CLOSED_STATUSES, DATA_REQUEST_MOVES, moveTarget, moveTo, type DataRequestStatus } from "../status"

const ALL: DataRequestStatus[] = [
  "awaiting_verification",
  "received",
  "scheduled",
  "deferred",
  "completed",
  "rejected",
  "cancelled",
]

describe("the data request's status machine", () => {
  it("walks a guest's erasure from the form to its end", () => {
    let status: string = "awaiting_verification"
    for (const move of ["verify", "schedule", "defer", "schedule", "complete"] as const)
      status = moveTarget(move, status)
    expect(status).toBe("completed")
  })

  it("never reopens a closed request, but for the erasure's own receipt, night's check or residue hold after its claim", () => {
    const erasureOwn = ["recordErasure", "awaitResidueCheck", "holdForResidue"]
    for (const closed of CLOSED_STATUSES)
      for (const move of Object.keys(DATA_REQUEST_MOVES) as (keyof typeof DATA_REQUEST_MOVES)[])
        if (!(erasureOwn.includes(move) && closed === "completed"))
          expect(() => moveTarget(move, closed)).toThrow(`A request that is ${closed} cannot be moved`)
    expect(moveTarget("holdForResidue", "completed")).toBe("deferred")
    expect(() => moveTarget("holdForResidue", "scheduled")).toThrow("cannot be moved to deferred")
    expect(moveTarget("awaitResidueCheck", "completed")).toBe("completed")
    expect(() => moveTarget("awaitResidueCheck", "scheduled")).toThrow("cannot be moved to completed")
  })

  it("refuses to skip the identity check or to defer what is not on the clock", () => {
    expect(() => moveTarget("schedule", "awaiting_verification")).toThrow("cannot be moved to scheduled")
    expect(() => moveTarget("defer", "received")).toThrow("cannot be moved to deferred")
    expect(() => moveTarget("verify", "received")).toThrow("cannot be moved to received")
  })

  it("answers exactly the table for every status and move", () => {
    for (const [name, move] of Object.entries(DATA_REQUEST_MOVES))
      for (const from of ALL) {
        const run = () => moveTarget(name as keyof typeof DATA_REQUEST_MOVES, from)
        if ((move.from as readonly string[]).includes(from)) expect(run()).toBe(move.to)
        else expect(run).toThrow()
      }
  })

  it("finds the move for a desk action's status", () => {
    expect(moveTo("rejected")).toBe("reject")
    expect(moveTo("received")).toBe("verify")
    expect(moveTo("completed")).toBe("complete")
    expect(moveTo("awaiting_verification")).toBeNull()
  })
})
