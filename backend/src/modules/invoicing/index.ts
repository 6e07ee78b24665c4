import { Module } from "@medusajs/framework/utils"
import InvoicingModuleService from "./service"

export const INVOICING_MODULE = "invoicing"

/** Legal invoices and credit notes: gapless numbers per year, frozen content. */
export default Module(INVOICING_MODULE, { service: InvoicingModuleService })
