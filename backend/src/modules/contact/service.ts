import { MedusaService } from "@medusajs/framework/utils"
import ContactMessage from "./models/contact-message"

/** Contact-form messages and their answered state. */
export default class ContactModuleService extends MedusaService({ ContactMessage }) {}
