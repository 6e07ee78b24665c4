import { Module } from "@medusajs/framework/utils"
import AccountModuleService from "./service"

export const ACCOUNT_MODULE = "account"

/** Customer accounts: server-side sessions, single-use mail tokens, verification and profile. */
export default Module(ACCOUNT_MODULE, { service: AccountModuleService })
