/**
 * What client components need of the schemas, without the password policy's dictionaries (about
 * 2 MB) that the package's main entry brings along for the server.
 */
export { RETURN_REASONS, type ReturnReason } from "./returns"
export { ACCOUNT_REQUEST_KINDS, GUEST_REQUEST_KINDS } from "./request-kinds"
