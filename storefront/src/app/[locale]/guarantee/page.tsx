import { guaranteeRoute } from "@/modules/shop-info/guarantee-page"

/** The guarantee page at SHOP_INFO_PATHS.guarantee.en. */
const route = guaranteeRoute("en")
export const generateMetadata = route.generateMetadata
export default route.Page
