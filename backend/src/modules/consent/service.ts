import { MedusaService } from "@medusajs/framework/utils"
import ConsentRecord from "./models/consent-record"

/** Cookie choices and their proof; a choice is never edited, a new one is added. */
export default class ConsentModuleService extends MedusaService({ ConsentRecord }) {}
