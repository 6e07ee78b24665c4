import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** What a masked character looks like; a body that contains it was typed over masked data. */
export const MASK = "•"

const mask = (text: string, keep: number) => (text.length <= keep ? MASK.repeat(3) : `${text.slice(0, keep)}${MASK.repeat(3)}`)

/** How each personal field is shown to staff until they reveal it: enough to tell records apart, not to identify. */
const MASKS: Record<string, (value: string) => string> = {
  email: (v) => {
    const [local = "", domain = ""] = v.split("@")
    return `${mask(local, 1)}@${MASK.repeat(3)}${domain.slice(domain.lastIndexOf("."))}`
  },
  first_name: (v) => mask(v, 1),
  last_name: (v) => mask(v, 1),
  company: (v) => mask(v, 1),
  company_name: (v) => mask(v, 1),
  phone: (v) => `${MASK.repeat(3)}${v.replace(/\D/g, "").slice(-2)}`,
  address_1: () => MASK.repeat(3),
  address_2: () => MASK.repeat(3),
  postal_code: (v) => mask(v, 2),
  // A notification's recipient.
  to: (v) => (v.includes("@") ? MASKS.email!(v) : v),
}

/** A copy of a response body with every personal field masked, however deep it sits. */
export function maskPersonalData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPersonalData)
  if (!value || typeof value !== "object" || value instanceof Date) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, typeof field === "string" && field && MASKS[key] ? MASKS[key](field) : maskPersonalData(field)])
  )
}

/** Middleware: the route's JSON answer goes out with personal data masked (need-to-know; reveal is audited). */
export function maskResponse() {
  return (_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const send = res.json.bind(res)
    res.json = (body: unknown) => send(maskPersonalData(body))
    next()
  }
}

function containsMask(value: unknown): boolean {
  if (typeof value === "string") return value.includes(MASK)
  if (Array.isArray(value)) return value.some(containsMask)
  return Boolean(value && typeof value === "object" && Object.values(value).some(containsMask))
}

/** Middleware: refuses a write that would store masked text, e.g. an edit form saved without revealing first. */
export function refuseMaskedWrites() {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (containsMask(req.body)) {
      res.status(400).json({ type: "invalid_data", message: "This form holds masked personal data. Reveal the data first (with a reason), then edit it." })
      return
    }
    next()
  }
}
