import { MedusaService } from "@medusajs/framework/utils"
import AnalyticsEvent from "./models/analytics-event"

/** First-party statistics: raw events (kept 13 months), read as daily aggregates. */
export default class AnalyticsModuleService extends MedusaService({ AnalyticsEvent }) {}
