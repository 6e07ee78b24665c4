import { Module } from "@medusajs/framework/utils"
import NewsletterModuleService from "./service"

export const NEWSLETTER_MODULE = "newsletter"

/** The newsletter with double opt-in and provable consent. */
export default Module(NEWSLETTER_MODULE, { service: NewsletterModuleService })
