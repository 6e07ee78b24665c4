import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import seedHelder from "../../src/scripts/seed"

/** Seeds the test database like `npm start` does and returns the store headers to call the store API. */
export async function seedAndGetStoreHeaders(container: MedusaContainer) {
  await seedHelder({ container, args: [] })
  const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Helder webshop" })
  if (!key) throw new Error("seed created no publishable key")
  return { headers: { "x-publishable-api-key": key.token } }
}

type ErrorResponse = { status: number; headers: Record<string, string>; data: { message: string; type?: string; issues?: { path: string; message: string }[] } }

/** The response of a request expected to fail; fails the test if it succeeded. */
export async function failure(request: Promise<unknown>): Promise<ErrorResponse> {
  try {
    await request
  } catch (error) {
    return (error as { response: ErrorResponse }).response
  }
  throw new Error("expected the request to fail, but it succeeded")
}
