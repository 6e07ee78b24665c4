import { accessibilityRoute } from "@/modules/accessibility/statement-page"

/** The accessibility statement, at ACCESSIBILITY_PATH.nl. */
const route = accessibilityRoute("nl")
export const generateMetadata = route.generateMetadata
export default route.Page
