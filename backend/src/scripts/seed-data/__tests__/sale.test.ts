import { PRODUCTS } from "../catalog"
import { SEED_SALE, seedSalePrice } from "../sale"

describe("the seed's sale", () => {
  it("reduces only seeded products, each variant to a positive price below its own", () => {
    const handles = new Set(PRODUCTS.map((product) => product.handle))
    expect(Object.keys(SEED_SALE.products).filter((handle) => !handles.has(handle))).toEqual([])
    const onSale = PRODUCTS.filter((product) => SEED_SALE.products[product.handle])
    expect(onSale.length).toBeGreaterThanOrEqual(2)
    for (const product of onSale) {
      for (const variant of product.variants) {
        const price = seedSalePrice(product.handle, variant.price)
        expect({ sku: variant.sku, reduced: price > 0 && price < variant.price }).toEqual({
          sku: variant.sku,
          reduced: true,
        })
      }
    }
  })

  it("leaves every other product at its own price", () => {
    const other = PRODUCTS.find((product) => !SEED_SALE.products[product.handle])!
    expect(seedSalePrice(other.handle, 12.95)).toBe(12.95)
  })
})
