import { CACHE_TAGS, CATALOG_TAGS, HEADERS } from "../index"

describe("the contract's entry", () => {
  it("loads no zod, so client components may import it within the shop's CSP", () => {
    const loaded: string[] = []
    jest.isolateModules(() => {
      jest.doMock("zod", () => {
        loaded.push("zod")
        return {}
      })
      require("../index")
    })
    expect(loaded).toEqual([])
  })

  it("names every header x-helder-*, each once", () => {
    const names = Object.values(HEADERS)
    expect(names.every((name) => /^x-helder-[a-z-]+$/.test(name))).toBe(true)
    expect(new Set(names).size).toBe(names.length)
  })

  it("tags one product apart from the catalog lists", () => {
    expect(CACHE_TAGS.product("wandlamp-oslo")).toBe("product:wandlamp-oslo")
    expect(CATALOG_TAGS).toEqual(["products", "categories", "regions"])
  })
})
