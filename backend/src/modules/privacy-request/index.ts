import { Module } from "@medusajs/framework/utils"
import PrivacyRequestModuleService from "./service"

export const PRIVACY_REQUEST_MODULE = "privacyRequest"

/**
 * The privacy desk's requests (export, erasure, correction, restriction, objection) and the limits they put in force.
 */
export default Module(PRIVACY_REQUEST_MODULE, { service: PrivacyRequestModuleService })
