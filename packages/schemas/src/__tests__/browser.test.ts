const loads = (entry: string) => {
  const loaded: string[] = []
  jest.isolateModules(() => {
    for (const name of ["zod", "@zxcvbn-ts/core"]) {
      jest.doMock(name, () => {
        loaded.push(name)
        return {}
      })
    }
    try {
      require(entry)
    } catch {
      // A stand-in is empty, so a module that uses it fails to load; that it asked for it is what counts.
    }
  })
  return loaded
}

describe("the browser entry", () => {
  it("loads neither zod nor the password dictionaries, so client components stay within the shop's CSP", () => {
    expect(loads("../browser")).toEqual([])
    // The check itself sees them: the schemas load zod, the password check the dictionaries.
    expect(loads("../returns")).toEqual(["zod"])
    expect(loads("../password")).toContain("@zxcvbn-ts/core")
  })
})
