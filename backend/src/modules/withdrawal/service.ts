import { MedusaService } from "@medusajs/framework/utils"
import WithdrawalNotice from "./models/withdrawal-notice"

/** Withdrawal notices: the record of every art. 11a withdrawal and its acknowledgement. */
export default class WithdrawalModuleService extends MedusaService({ WithdrawalNotice }) {}
