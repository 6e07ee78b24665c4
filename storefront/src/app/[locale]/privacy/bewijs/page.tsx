import { proofRoute } from "@/modules/privacy/proof-page"

/** The proof page of the promise ledger, at PROOF_PATH.nl. */
const route = proofRoute("nl")
export const generateMetadata = route.generateMetadata
export default route.Page
