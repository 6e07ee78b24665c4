/** What a guest asks for with the privacy request form (the order's mailbox proves who asks). */
export const GUEST_REQUEST_KINDS = ["export", "erasure", "correction", "restriction", "objection"] as const

/** What a logged-in customer asks the desk for (export and erasure have their own account routes). */
export const ACCOUNT_REQUEST_KINDS = ["correction", "restriction", "objection"] as const
