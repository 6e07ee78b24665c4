import { deliveryRoute } from "@/modules/shop-info/delivery-page"

/** The delivery page at SHOP_INFO_PATHS.delivery.nl. */
const route = deliveryRoute("nl")
export const generateMetadata = route.generateMetadata
export default route.Page
