import { accessibilityRoute } from "@/modules/accessibility/statement-page"

/** The accessibility statement, at ACCESSIBILITY_PATH.en. */
const route = accessibilityRoute("en")
export const generateMetadata = route.generateMetadata
export default route.Page
