export * from "./mail-catcher"
export * from "./zip"
export * from "./totp"
