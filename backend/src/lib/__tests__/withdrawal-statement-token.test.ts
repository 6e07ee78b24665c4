import { setClock } from "../clock"
import { readStatementToken, statementToken } from "../withdrawal-statement-token"

const ORDER = "order_01KAAAAAAAAAAAAAAAAAAAAAAA"
const OTHER = "order_01KBBBBBBBBBBBBBBBBBBBBBBB"
const STATED = new Date("2026-12-21T22:59:00.000Z")

describe("withdrawal statement token", () => {
  beforeEach(() => setClock(() => new Date("2026-12-22T10:00:00.000Z")))
  afterEach(() => setClock())

  it("gives back the moment it was made for, for its own order only", () => {
    const token = statementToken(ORDER, STATED)
    expect(readStatementToken(ORDER, token)).toEqual(STATED)
    expect(readStatementToken(OTHER, token)).toBeNull()
  })

  it("refuses an altered moment or signature, and anything of another shape", () => {
    const [moment, signature] = statementToken(ORDER, STATED).split(".") as [string, string]
    expect(readStatementToken(ORDER, `${Number(moment) - 86_400_000}.${signature}`)).toBeNull()
    expect(readStatementToken(ORDER, `${moment}.${signature.replace(/^./, (c) => (c === "0" ? "1" : "0"))}`)).toBeNull()
    expect(readStatementToken(ORDER, `${moment}.${signature}x`)).toBeNull()
    expect(readStatementToken(ORDER, "")).toBeNull()
  })

  it("never takes a moment later than now", () => {
    expect(readStatementToken(ORDER, statementToken(ORDER, new Date("2026-12-22T10:00:01.000Z")))).toBeNull()
    expect(readStatementToken(ORDER, statementToken(ORDER, new Date("2026-12-22T10:00:00.000Z")))).toEqual(
      new Date("2026-12-22T10:00:00.000Z"),
    )
  })
})
