import { MedusaService } from "@medusajs/framework/utils"
import DataRequest from "./models/data-request"
import RecipientNotice from "./models/recipient-notice"

/** Data-subject requests and the art. 19 notices that follow an erasure. */
export default class PrivacyRequestModuleService extends MedusaService({ DataRequest, RecipientNotice }) {}
