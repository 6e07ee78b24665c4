import { deliveryRoute } from "@/modules/shop-info/delivery-page"

/** The delivery page at SHOP_INFO_PATHS.delivery.en. */
const route = deliveryRoute("en")
export const generateMetadata = route.generateMetadata
export default route.Page
