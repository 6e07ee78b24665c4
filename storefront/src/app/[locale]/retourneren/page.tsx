import { returnsRoute } from "@/modules/shop-info/returns-page"

/** The returns page at SHOP_INFO_PATHS.returns.nl. */
const route = returnsRoute("nl")
export const generateMetadata = route.generateMetadata
export default route.Page
