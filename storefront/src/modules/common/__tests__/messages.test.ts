import en from "../../../../messages/en.json"
import nl from "../../../../messages/nl.json"
import { formatPrice } from "../format"

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

describe("messages", () => {
  it("has every Dutch text in English and nothing extra", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort())
  })

  it("has no empty text", () => {
    for (const messages of [nl, en]) {
      const empty = keys(messages).filter((key) => {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages)
        return typeof value !== "string" || value.trim() === ""
      })
      expect(empty).toEqual([])
    }
  })
})

describe("formatPrice", () => {
  it("writes euros the Dutch way in Dutch and the English way in English", () => {
    expect(formatPrice(1234.5, "nl")).toBe("€\u00a01.234,50")
    expect(formatPrice(1234.5, "en")).toBe("€1,234.50")
    expect(formatPrice(null, "nl")).toBe("—")
  })
})
