import { MedusaService } from "@medusajs/framework/utils"
import AccountProfile from "./models/account-profile"
import AccountToken from "./models/account-token"
import EarlierEmail from "./models/earlier-email"
import CustomerSession from "./models/customer-session"

/** Sessions, mailed tokens, profiles and earlier login addresses of customer accounts. */
export default class AccountModuleService extends MedusaService({
  CustomerSession,
  AccountToken,
  AccountProfile,
  EarlierEmail,
}) {}
