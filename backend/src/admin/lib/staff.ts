/** What /admin/staff/me answers: the logged-in user's role and second factor (api/admin/staff/me). */
export type StaffMe = {
  user: { id: string; email: string; first_name: string | null; last_name: string | null }
  role: string | null
  role_label: string | null
  permissions: { id: string; label: string }[]
  two_factor: { enabled: boolean; required: boolean; used: boolean }
}

/** One row of /admin/staff. */
export type StaffMember = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  role: string | null
  two_factor: boolean
}

export type RoleOption = { id: string; label: string; permissions: string[]; two_factor_required: boolean }
