import { Module } from "@medusajs/framework/utils"
import WithdrawalModuleService from "./service"

export const WITHDRAWAL_MODULE = "withdrawal"

/** Withdrawals from the contract (the EU "withdraw here" function) and their acknowledgements. */
export default Module(WITHDRAWAL_MODULE, { service: WithdrawalModuleService })
