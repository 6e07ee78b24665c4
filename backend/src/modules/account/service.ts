import { MedusaService } from "@medusajs/framework/utils"
import AccountProfile from "./models/account-profile"
import AccountToken from "./models/account-token"
import CustomerSession from "./models/customer-session"

/** Sessions, mailed tokens and profiles of customer accounts. */
export default class AccountModuleService extends MedusaService({ CustomerSession, AccountToken, AccountProfile }) {}
