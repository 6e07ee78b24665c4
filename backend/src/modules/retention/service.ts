import { MedusaService } from "@medusajs/framework/utils"
import InactivityWarning from "./models/inactivity-warning"
import RetentionRun from "./models/retention-run"
import RetentionStep from "./models/retention-step"

/** The retention engine's run log and the inactive-account warnings it sent. */
export default class RetentionModuleService extends MedusaService({ RetentionRun, RetentionStep, InactivityWarning }) {}
