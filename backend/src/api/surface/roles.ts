// The roles and permissions live in the contract both apps share (packages/privacy/src/staff-roles.ts):
// the backend enforces them, the privacy policy's section on staff access is generated from them.
export {
  allows,
  PERMISSION_NAMES,
  PERMISSIONS,
  ROLE_IDS,
  ROLES,
  TWO_FACTOR_PERMISSIONS,
  type Permission,
  type Role,
  type RoleId,
} from "@helder/privacy"
