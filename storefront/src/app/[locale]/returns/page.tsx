import { returnsRoute } from "@/modules/shop-info/returns-page"

/** The returns page at SHOP_INFO_PATHS.returns.en. */
const route = returnsRoute("en")
export const generateMetadata = route.generateMetadata
export default route.Page
