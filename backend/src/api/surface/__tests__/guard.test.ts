import { STORE_FIELDS } from "@helder/schemas"
import { exposureOf, refusedField } from "../guard"
import { SURFACE } from "../routes"

describe("the surface table", () => {
  it("finds the entry of a path with ids, preferring fixed segments over parameters", () => {
    expect(exposureOf("GET", "/store/carts/cart_01M95QFDHWX1MPY1JCGCYVDHQD")?.pattern).toBe("/store/carts/:id")
    expect(exposureOf("POST", "/admin/products/batch")?.pattern).toBe("/admin/products/batch")
    expect(exposureOf("POST", "/admin/products/prod_01M95QFDHWX1MPY1JCGCYVDHQD")?.pattern).toBe("/admin/products/:id")
    expect(exposureOf("HEAD", "/store/products")?.pattern).toBe("/store/products")
  })

  it("has no entry for a route it does not list, so the guard answers 404", () => {
    expect(exposureOf("GET", "/store/a-route-medusa-adds-tomorrow")).toBeUndefined()
    expect(exposureOf("PUT", "/store/carts/cart_01M95QFDHWX1MPY1JCGCYVDHQD")).toBeUndefined()
    expect(exposureOf("GET", "/store/carts/cart_1/complete/extra")).toBeUndefined()
  })

  it("closes order transfers, Medusa's order and return routes and the admin exports", () => {
    for (const key of [
      "POST /store/orders/:id/transfer/request",
      "GET /store/orders/:id",
      "POST /store/returns",
      "POST /admin/orders/export",
      "POST /admin/products/export",
      "POST /auth/:auth_provider/user",
    ]) {
      expect({ key, kind: SURFACE[key]?.kind }).toEqual({ key, kind: "closed" })
    }
  })
})

describe("the fields a store route accepts", () => {
  it("accepts every field of the storefront's own lists", () => {
    for (const [name, fields] of Object.entries(STORE_FIELDS)) {
      expect({ name, refused: refusedField(fields, [name as keyof typeof STORE_FIELDS]) }).toEqual({
        name,
        refused: null,
      })
    }
  })

  it("accepts one scalar of a relation the list takes whole, and subsets of the list", () => {
    expect(refusedField("id,variants.id,+variants.inventory_quantity", ["productList", "productDetail"])).toBeNull()
    expect(refusedField("id,*shipping_address", ["cart"])).toBeNull()
  })

  it("names the first field that reaches the customer, payment sessions or deeper relations", () => {
    expect(refusedField("id,*customer", ["cart"])).toBe("*customer")
    expect(refusedField("customer.first_name", ["cart"])).toBe("customer.first_name")
    expect(refusedField("id,payment_collection.payment_sessions.context", ["cart", "cartCount", "id"])).toBe(
      "payment_collection.payment_sessions.context",
    )
    expect(refusedField("items.variant.product.variants.id", ["cart"])).toBe("items.variant.product.variants.id")
    expect(refusedField("*categories", ["productList"])).toBe("*categories")
    expect(refusedField("id", [])).toBe("id")
  })
})
