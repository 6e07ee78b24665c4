export const LOCALES: readonly ["nl", "en"]
