import { termsRoute } from "@/modules/shop-info/terms-page"

/** The terms page at SHOP_INFO_PATHS.terms.nl. */
const route = termsRoute("nl")
export const generateMetadata = route.generateMetadata
export default route.Page
