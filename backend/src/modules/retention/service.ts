import { MedusaService } from "@medusajs/framework/utils"
import RetentionRun from "./models/retention-run"
import RetentionStep from "./models/retention-step"

/** The retention engine's run log. */
export default class RetentionModuleService extends MedusaService({ RetentionRun, RetentionStep }) {}
