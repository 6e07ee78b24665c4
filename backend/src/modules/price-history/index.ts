import { Module } from "@medusajs/framework/utils"
import PriceHistoryModuleService from "./service"

export const PRICE_HISTORY_MODULE = "priceHistory"

/** Every change to a price, as the database saw it: the record behind each announced reduction. */
export default Module(PRICE_HISTORY_MODULE, { service: PriceHistoryModuleService })
