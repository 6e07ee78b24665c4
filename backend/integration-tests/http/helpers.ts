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

/** Creates a staff user with a password and returns headers carrying their admin token. */
export async function adminHeaders(container: MedusaContainer, api: { post: (url: string, body: object) => Promise<{ data: { token: string } }> }) {
  const email = `staff-${Date.now()}@helder.local`
  const password = "staff-password-for-tests-1"
  const [user] = await container.resolve(Modules.USER).createUsers([{ email, first_name: "Sanne", last_name: "Staf" }])
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password } })
  if (!user || !authIdentity) throw new Error("could not create a staff user")
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { user_id: user.id, headers: { authorization: `Bearer ${data.token}` } }
}
