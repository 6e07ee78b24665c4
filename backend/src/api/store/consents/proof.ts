import type { MedusaRequest } from "@medusajs/framework/http"
import { sign, verifySignature } from "../../../lib/signature"
import { HEADERS } from "@helder/contract"

/** What signs a consent id for the browser that chose under it first (lib/signature.ts). */
const CONSENT_PROOF = "consent-proof"
/** The header with the browser's proof of its consent id (the storefront passes its httpOnly cookie). */
const CONSENT_PROOF_HEADER = HEADERS.consentProof

/** The proof of a consent id, handed to the browser whose first choice used it. */
export function consentProof(consentId: string): string {
  return sign(CONSENT_PROOF, consentId)
}

/** Whether the request carries the proof of holding this consent id. */
export function holdsConsentId(req: MedusaRequest, consentId: string): boolean {
  const proof = req.headers[CONSENT_PROOF_HEADER]
  return typeof proof === "string" && verifySignature(CONSENT_PROOF, consentId, proof)
}
