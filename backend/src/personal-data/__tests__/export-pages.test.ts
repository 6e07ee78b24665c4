import { SharedPages } from "../export-pages"

type Page = { letters: string[]; numbers: number[] }

/** Three pages whose parts name the read that made them, and the reads made so far. */
function pages() {
  const reads: number[] = []
  const shared = new SharedPages<Page>(3, async (index) => {
    reads.push(index)
    return { letters: [`${"abc"[index]}${reads.length}`], numbers: [index * 10 + reads.length] }
  })
  return { reads, shared }
}

async function all<T>(parts: AsyncIterable<T>): Promise<T[]> {
  const taken: T[] = []
  for await (const part of parts) taken.push(part)
  return taken
}

describe("an export's shared pages", () => {
  it("read each page once for all its parts, one reader after the other", async () => {
    const { reads, shared } = pages()
    expect(await all(shared.part("letters"))).toEqual([["a1"], ["b2"], ["c3"]])
    expect(await all(shared.part("numbers"))).toEqual([[1], [12], [23]])
    expect(reads).toEqual([0, 1, 2])
  })

  it("read each page once when the readers take turns or ask at the same time", async () => {
    const { reads, shared } = pages()
    const letters = shared.part("letters")[Symbol.asyncIterator]()
    const numbers = shared.part("numbers")[Symbol.asyncIterator]()
    expect(await Promise.all([letters.next(), numbers.next()])).toEqual([
      { done: false, value: ["a1"] },
      { done: false, value: [1] },
    ])
    expect((await numbers.next()).value).toEqual([12])
    expect((await letters.next()).value).toEqual(["b2"])
    expect(reads).toEqual([0, 1])
  })

  it("read a page again for a part taken a second time, so a second export reads afresh", async () => {
    const { reads, shared } = pages()
    await all(shared.part("letters"))
    expect(await all(shared.part("letters"))).toEqual([["a4"], ["b5"], ["c6"]])
    // The second read of each page replaced the first, whose numbers nobody had taken yet.
    expect(await all(shared.part("numbers"))).toEqual([[4], [15], [26]])
    expect(reads).toEqual([0, 1, 2, 0, 1, 2])
  })

  it("keep no failed read: the next reader reads the page again", async () => {
    let fail = true
    const shared = new SharedPages<Page>(1, async () => {
      if (fail) throw new Error("connection lost")
      return { letters: ["a"], numbers: [1] }
    })
    await expect(all(shared.part("letters"))).rejects.toThrow("connection lost")
    fail = false
    expect(await all(shared.part("letters"))).toEqual([["a"]])
    expect(await all(shared.part("numbers"))).toEqual([[1]])
  })
})
