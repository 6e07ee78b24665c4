import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { REVALIDATION_HEADER, verifyRevalidation } from "@helder/schemas"
import type { Logger } from "@medusajs/framework/types"
import { queueStorefrontRevalidation } from "../storefront-revalidation"

const SECRET = "a-shared-secret-of-at-least-32-characters"
const logger = { warn: jest.fn() } as unknown as Logger

describe("revalidating the storefront's catalog cache", () => {
  const received: { body: string; signed: boolean }[] = []
  const server = createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", async () => {
      received.push({
        body,
        signed: await verifyRevalidation(
          SECRET,
          body,
          req.headers[REVALIDATION_HEADER] as string,
          Math.floor(Date.now() / 1000),
        ),
      })
      res.writeHead(200).end("{}")
    })
  })
  const saved = { ...process.env }

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    process.env.STOREFRONT_SECRET = SECRET
    process.env.STOREFRONT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    process.env = saved
    await new Promise((resolve) => server.close(resolve))
  })
  beforeEach(() => (received.length = 0))

  it("sends changes that arrive together as one signed call naming every tag once", async () => {
    const sent = await Promise.all([
      queueStorefrontRevalidation(["products"], logger),
      queueStorefrontRevalidation(["categories", "products"], logger),
      queueStorefrontRevalidation(["products"], logger),
    ])
    expect(sent).toEqual([true, true, true])
    expect(received).toHaveLength(1)
    expect(received[0]!.signed).toBe(true)
    expect(JSON.parse(received[0]!.body).tags.sort()).toEqual(["categories", "products"])
  })

  it("sends nothing without the shared secret, and logs a storefront that does not answer without failing", async () => {
    delete process.env.STOREFRONT_SECRET
    expect(await queueStorefrontRevalidation(["products"], logger)).toBe(false)
    expect(received).toEqual([])
    process.env.STOREFRONT_SECRET = SECRET
    process.env.STOREFRONT_URL = "http://127.0.0.1:9"
    expect(await queueStorefrontRevalidation(["regions"], logger)).toBe(false)
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining("storefront revalidation of regions failed"))
  })
})
