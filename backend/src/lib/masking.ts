import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** What a masked character looks like; a body that contains it was typed over masked data. */
export const MASK = "•"

const mask = (text: string, keep: number) =>
  text.length <= keep ? MASK.repeat(3) : `${text.slice(0, keep)}${MASK.repeat(3)}`

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

/** An e-mail address anywhere in a text (a workflow's log line, a mail's subject). */
const EMAIL_IN_TEXT = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[a-z]{2,}/gi
/** A phone number in free text: nine or more digits, spaces or dashes between them allowed. */
const PHONE_IN_TEXT = /\+?\d(?:[\s-]?\d){8,}/g
/** Free text a person typed (a contact message): phone numbers in it are masked too. */
const FREE_TEXT = new Set(["message", "body", "text"])
/**
 * Fields whose content is another system's record of a person: a mail's template data, a payment
 * provider's data, a workflow run's input and steps. Every text in them is masked, whatever its key.
 */
const OPAQUE = new Set(["data", "context", "execution", "provider_metadata"])

const maskText = (key: string, text: string) => {
  // Most texts of an admin answer hold no "@": the regular expression runs only on those that do.
  const masked = text.includes("@") ? text.replace(EMAIL_IN_TEXT, (email) => MASKS.email!(email)) : text
  return FREE_TEXT.has(key) ? masked.replace(PHONE_IN_TEXT, (phone) => MASKS.phone!(phone)) : masked
}

/** Every text in a value masked: for OPAQUE fields. */
function maskAllText(value: unknown): unknown {
  if (typeof value === "string") return value ? MASK.repeat(3) : value
  if (Array.isArray(value)) return value.map(maskAllText)
  if (!value || typeof value !== "object" || value instanceof Date) return value
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, maskAllText(field)]))
}

/**
 * A business's contact details that every product page publishes by law (GPSR art. 19: the manufacturer
 * and the EU responsible person), so masking them from staff hides nothing and would block every edit of
 * the product's metadata. In clear only in a product's own metadata, never in metadata a customer writes.
 */
const PUBLISHED_IN_PRODUCT_METADATA = new Set(["manufacturer", "eu_responsible_person"])

/** Where a value sits: in a product (its metadata is staff's), in some metadata (anyone's), or elsewhere. */
type Place = "product" | "metadata" | null

function placeOf(key: string, parent: Place): Place {
  if (parent === "metadata" || key === "metadata") return "metadata"
  return key === "product" || key === "products" ? "product" : null
}

/**
 * A copy of a response body with every personal field masked, however deep it sits. `alsoPersonal`
 * names keys that are personal on that route only (a contact message's `name`; elsewhere `name` is a
 * product's or a shipping option's).
 */
export function maskPersonalData(value: unknown, alsoPersonal: readonly string[] = [], place: Place = null): unknown {
  if (Array.isArray(value)) return value.map((item) => maskPersonalData(item, alsoPersonal, place))
  if (!value || typeof value !== "object" || value instanceof Date) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, maskField(key, field, alsoPersonal, place)]),
  )
}

function maskField(key: string, field: unknown, alsoPersonal: readonly string[], place: Place): unknown {
  if (OPAQUE.has(key)) return maskAllText(field)
  if (place === "product" && key === "metadata" && field && typeof field === "object" && !Array.isArray(field)) {
    return Object.fromEntries(
      Object.entries(field).map(([inner, data]) => [
        inner,
        PUBLISHED_IN_PRODUCT_METADATA.has(inner) ? data : maskField(inner, data, alsoPersonal, "metadata"),
      ]),
    )
  }
  if (typeof field !== "string" || !field) return maskPersonalData(field, alsoPersonal, placeOf(key, place))
  if (alsoPersonal.includes(key)) return MASKS.first_name!(field)
  return MASKS[key] ? MASKS[key](field) : maskText(key, field)
}

/**
 * What a request may see in clear of an otherwise masked answer (need-to-know: order handling sees the
 * delivery address of the order it ships). It copies that part of the original into the masked body
 * and writes the look to the audit log, before the answer goes out.
 */
export type InClear = (original: unknown, masked: unknown) => Promise<void>

declare module "@medusajs/framework/http" {
  interface MedusaRequest {
    /** Set by a route's need-to-know middleware, read by maskResponse. */
    helderInClear?: InClear
  }
}

/** Middleware: the route's JSON answer goes out with personal data masked (need-to-know; reveal is audited). */
export function maskResponse({ alsoPersonal = [] }: { alsoPersonal?: readonly string[] } = {}) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const send = res.json.bind(res)
    res.json = (body: unknown) => {
      const masked = maskPersonalData(body, alsoPersonal)
      if (!req.helderInClear || res.statusCode >= 400) return send(masked)
      req.helderInClear(body, masked).then(
        () => send(masked),
        (error) => next(error),
      )
      return res
    }
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
      res.status(400).json({
        type: "invalid_data",
        message: "This form holds masked personal data. Reveal the data first (with a reason), then edit it.",
      })
      return
    }
    next()
  }
}
