import { Module } from "@medusajs/framework/utils"
import AnalyticsModuleService from "./service"

// Not "analytics": that key belongs to Medusa's own (third-party) analytics module.
export const ANALYTICS_MODULE = "helderAnalytics"

/** Consent-gated, person-free statistics. */
export default Module(ANALYTICS_MODULE, { service: AnalyticsModuleService })
