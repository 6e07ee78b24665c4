import { guaranteeRoute } from "@/modules/shop-info/guarantee-page"

/** The guarantee page at SHOP_INFO_PATHS.guarantee.nl. */
const route = guaranteeRoute("nl")
export const generateMetadata = route.generateMetadata
export default route.Page
