/**
 * What client components need of the schemas, without the password policy's dictionaries (about
 * 2 MB) that the package's main entry brings along for the server, and without zod: zod probes
 * whether it may compile with `Function`, which the shop's Content-Security-Policy reports as a
 * violation (e2e/security-headers.spec.ts). Only files that import neither belong here.
 */
export { RETURN_REASONS, type ReturnReason } from "./return-reasons"
export { ACCOUNT_REQUEST_KINDS, GUEST_REQUEST_KINDS } from "./request-kinds"
export { SHOP_INFO_PATHS } from "./shop-info-paths"
