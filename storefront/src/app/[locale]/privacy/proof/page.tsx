import { proofRoute } from "@/modules/privacy/proof-page"

/** The proof page of the promise ledger, at PROOF_PATH.en. */
const route = proofRoute("en")
export const generateMetadata = route.generateMetadata
export default route.Page
